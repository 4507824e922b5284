DROP INDEX `companies_org_idx`;--> statement-breakpoint
CREATE INDEX `companies_org_name_idx` ON `companies` (`organisation_id`,"name" collate nocase,`id`);--> statement-breakpoint
DROP INDEX `responses_company_idx`;--> statement-breakpoint
CREATE INDEX `responses_company_latest_idx` ON `responses` (`company_id`,`status`,`completed_at`,`id`);