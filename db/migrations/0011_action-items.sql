CREATE TABLE `action_items` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_on` text NOT NULL,
	`done_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_items_company_due_idx` ON `action_items` (`company_id`,`due_on`);