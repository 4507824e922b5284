-- Survey instances (issue 9). The CREATE statements for surveys,
-- response_facts and response_segments are drizzle-kit's. The rest is
-- HAND-WRITTEN, because drizzle-kit's own output (ALTER TABLE ... ADD a NOT
-- NULL column without a default) cannot run on a table with rows, and it
-- would drop area_scores and responses.sector/size_band before their data
-- moved. To regenerate: `npm run db:generate`, answer the renames
-- survey_id > template_id, survey_version > template_version,
-- opportunity > headline, keep the CREATE statements it writes and put the
-- block from "HAND-WRITTEN" to the end of this file after them.
--
-- drizzle's libSQL migrator runs this in one transaction with foreign keys
-- off (client.migrate), so the responses table can be rebuilt in place.
CREATE TABLE `response_facts` (
	`response_id` text NOT NULL,
	`survey_instance_id` text NOT NULL,
	`template_id` text NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	`month` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `response_facts_pk` ON `response_facts` (`response_id`,`key`,`value`);--> statement-breakpoint
CREATE INDEX `response_facts_instance_idx` ON `response_facts` (`survey_instance_id`,`key`,`value`,`month`);--> statement-breakpoint
CREATE INDEX `response_facts_template_idx` ON `response_facts` (`template_id`,`key`,`value`);--> statement-breakpoint
CREATE TABLE `response_segments` (
	`response_id` text NOT NULL,
	`template_id` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `response_segments_pk` ON `response_segments` (`response_id`,`dimension`);--> statement-breakpoint
CREATE INDEX `response_segments_peer_idx` ON `response_segments` (`template_id`,`dimension`,`value`,`response_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`public_id` text NOT NULL,
	`organisation_id` text,
	`company_id` text,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`title` text NOT NULL,
	`locales` text NOT NULL,
	`options` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closes_at` integer,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_public_id_idx` ON `surveys` (`public_id`);--> statement-breakpoint
CREATE INDEX `surveys_company_idx` ON `surveys` (`company_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `surveys_org_idx` ON `surveys` (`organisation_id`,`template_id`);--> statement-breakpoint
-- ---------------------------------------------------------------- HAND-WRITTEN
-- 1. Every existing response gets an instance. Growth Tests are personal
-- reports, already tied to their company through responses.company_id, so
-- the instance only records which door a test came in through:
--   * one site-wide public Growth Test (id `site-growth-test`, no
--     organisation, no company) for the anonymous tests of /groeitest;
--   * one Growth Test per organisation (id `gt-<organisation id>`, no
--     company) for the tests its invitations started. One per organisation
--     rather than per company: it is the link a coach can share or embed on
--     their own site (issue 10) and that invitations keep starting on; a
--     per-company instance would add thousands of rows nobody manages.
-- A test someone claimed later (organisation_id null, company_id set) stays
-- on the site-wide instance it was taken on. Public ids: 128 random bits as
-- hex, URL-safe (the app issues base32 ones of the same strength).
-- Both use version 1, the only Growth Test version there has been.
INSERT INTO `surveys` (`id`, `public_id`, `organisation_id`, `company_id`, `template_id`, `template_version`, `title`, `locales`, `options`, `status`)
VALUES ('site-growth-test', lower(hex(randomblob(16))), NULL, NULL, 'growth-test', 1, 'Groeitest', '["nl","en"]', '{}', 'open');
--> statement-breakpoint
INSERT INTO `surveys` (`id`, `public_id`, `organisation_id`, `company_id`, `template_id`, `template_version`, `title`, `locales`, `options`, `status`, `created_at`)
SELECT 'gt-' || o.`id`, lower(hex(randomblob(16))), o.`id`, NULL, 'growth-test', 1, 'Groeitest', '["nl","en"]', '{}', 'open', o.`created_at`
FROM `organisations` o
WHERE EXISTS (SELECT 1 FROM `responses` r WHERE r.`organisation_id` = o.`id`);
--> statement-breakpoint
-- 2. Rebuild responses: survey_instance_id (NOT NULL, cascading), template
-- id/version (renamed from survey_id/survey_version), headline (renamed from
-- opportunity); sector and size_band move to response_segments below.
CREATE TABLE `__new_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_hash` blob NOT NULL,
	`survey_instance_id` text NOT NULL,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`locale` text NOT NULL,
	`status` text DEFAULT 'in_progress' NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`last_section_id` text,
	`overall_score` real,
	`headline` text,
	`organisation_id` text,
	`company_id` text,
	`invited_by` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`completed_at` integer,
	FOREIGN KEY (`survey_instance_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_responses` (`id`, `secret_hash`, `survey_instance_id`, `template_id`, `template_version`, `locale`, `status`, `answers`, `revision`, `last_section_id`, `overall_score`, `headline`, `organisation_id`, `company_id`, `invited_by`, `is_demo`, `created_at`, `updated_at`, `completed_at`)
SELECT r.`id`, r.`secret_hash`,
	CASE WHEN r.`organisation_id` IS NOT NULL THEN 'gt-' || r.`organisation_id` ELSE 'site-growth-test' END,
	r.`survey_id`, r.`survey_version`, r.`locale`, r.`status`, r.`answers`, r.`revision`, r.`last_section_id`, r.`overall_score`, r.`opportunity`,
	r.`organisation_id`, r.`company_id`, r.`invited_by`, r.`is_demo`, r.`created_at`, r.`updated_at`, r.`completed_at`
FROM `responses` r;
--> statement-breakpoint
-- 3. Scores become facts: each area score keeps its area as key, and the
-- overall score is the fact `overall` (what the Growth Test's extractFacts
-- writes at completion today). Month of completion in UTC.
INSERT INTO `response_facts` (`response_id`, `survey_instance_id`, `template_id`, `key`, `value`, `month`)
SELECT a.`response_id`, r.`survey_instance_id`, r.`template_id`, a.`area`, a.`score`, strftime('%Y-%m', coalesce(r.`completed_at`, r.`created_at`) / 1000, 'unixepoch')
FROM `area_scores` a JOIN `__new_responses` r ON r.`id` = a.`response_id`;
--> statement-breakpoint
INSERT INTO `response_facts` (`response_id`, `survey_instance_id`, `template_id`, `key`, `value`, `month`)
SELECT r.`id`, r.`survey_instance_id`, r.`template_id`, 'overall', r.`overall_score`, strftime('%Y-%m', coalesce(r.`completed_at`, r.`created_at`) / 1000, 'unixepoch')
FROM `__new_responses` r WHERE r.`status` = 'completed' AND r.`overall_score` IS NOT NULL;
--> statement-breakpoint
-- 4. Sector and size band become segments of completed responses (they were set at completion only).
INSERT INTO `response_segments` (`response_id`, `template_id`, `dimension`, `value`)
SELECT r.`id`, r.`survey_id`, 'sector', r.`sector` FROM `responses` r WHERE r.`status` = 'completed' AND r.`sector` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `response_segments` (`response_id`, `template_id`, `dimension`, `value`)
SELECT r.`id`, r.`survey_id`, 'size_band', r.`size_band` FROM `responses` r WHERE r.`status` = 'completed' AND r.`size_band` IS NOT NULL;
--> statement-breakpoint
DROP TABLE `area_scores`;--> statement-breakpoint
DROP TABLE `responses`;--> statement-breakpoint
ALTER TABLE `__new_responses` RENAME TO `responses`;--> statement-breakpoint
CREATE INDEX `responses_template_done_idx` ON `responses` (`template_id`,`status`,`completed_at`);--> statement-breakpoint
CREATE INDEX `responses_instance_done_idx` ON `responses` (`survey_instance_id`,`status`,`completed_at`);--> statement-breakpoint
CREATE INDEX `responses_company_latest_idx` ON `responses` (`company_id`,`template_id`,`status`,`completed_at`,`id`);--> statement-breakpoint
CREATE INDEX `responses_org_idx` ON `responses` (`organisation_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `responses_demo_idx` ON `responses` (`is_demo`);
