CREATE TABLE `leads` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`response_id` text NOT NULL,
	`name` text NOT NULL,
	`company` text,
	`email` text NOT NULL,
	`phone` text,
	`status` text DEFAULT 'new' NOT NULL,
	`company_id` text,
	`status_changed_by` text,
	`status_changed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`status_changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leads_response_idx` ON `leads` (`response_id`);--> statement-breakpoint
CREATE INDEX `leads_org_status_idx` ON `leads` (`organisation_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `organisation_branding` (
	`organisation_id` text PRIMARY KEY NOT NULL,
	`display_name` text,
	`logo` blob,
	`logo_type` text,
	`cta_url` text,
	`cta_phone` text,
	`updated_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text,
	`updated_at` integer
);
