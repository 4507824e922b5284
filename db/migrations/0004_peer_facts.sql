-- Peer facts (issue 9): what a personal report's percentiles are counted on.
-- The CREATE statements are drizzle-kit's; the backfill at the end is
-- HAND-WRITTEN (keep it when regenerating). Self-contained: it reads only
-- response_facts and response_segments, so it can be renumbered freely.
CREATE TABLE `peer_facts` (
	`response_id` text NOT NULL,
	`template_id` text NOT NULL,
	`dimension` text NOT NULL,
	`segment` text NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_facts_pk` ON `peer_facts` (`response_id`,`dimension`,`key`);--> statement-breakpoint
CREATE INDEX `peer_facts_group_idx` ON `peer_facts` (`template_id`,`dimension`,`segment`,`key`,`value`);--> statement-breakpoint
-- HAND-WRITTEN backfill. Only the Growth Test has a report that compares
-- with peers today: its peerFactKeys are the nine areas (every fact but
-- `overall`) and its peerDimensions sector and size_band
-- (src/lib/families/index.ts). Facts exist only for completed responses, so
-- these are exactly the rows completeResponse would have written (OR IGNORE:
-- one row per response, group and key, as peer_facts_pk demands). First the
-- everyone group (dimension `all`, segment ''), then one group per segment.
INSERT OR IGNORE INTO `peer_facts` (`response_id`, `template_id`, `dimension`, `segment`, `key`, `value`)
SELECT f.`response_id`, f.`template_id`, 'all', '', f.`key`, f.`value`
FROM `response_facts` f
WHERE f.`template_id` = 'growth-test' AND f.`key` IN ('ambition', 'core_customers', 'business_model', 'customer_focus', 'satisfaction', 'complaints', 'sales', 'branding', 'relationships');--> statement-breakpoint
INSERT OR IGNORE INTO `peer_facts` (`response_id`, `template_id`, `dimension`, `segment`, `key`, `value`)
SELECT f.`response_id`, f.`template_id`, s.`dimension`, s.`value`, f.`key`, f.`value`
FROM `response_segments` s JOIN `response_facts` f ON f.`response_id` = s.`response_id`
WHERE s.`template_id` = 'growth-test' AND s.`dimension` IN ('sector', 'size_band')
  AND f.`key` IN ('ambition', 'core_customers', 'business_model', 'customer_focus', 'satisfaction', 'complaints', 'sales', 'branding', 'relationships');
