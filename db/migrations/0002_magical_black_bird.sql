ALTER TABLE `invites` ADD `max_uses` integer;--> statement-breakpoint
ALTER TABLE `invites` ADD `uses` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `invites` ADD `revoked_at` integer;