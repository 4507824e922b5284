-- Peer facts and peer value counts (issue 9): what a personal report's
-- percentiles are counted on. The CREATE TABLE/INDEX statements are
-- drizzle-kit's; everything from "HAND-WRITTEN" on is not (drizzle-kit knows
-- no triggers): keep it when regenerating. Self-contained: it reads only
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
CREATE TABLE `peer_value_counts` (
	`template_id` text NOT NULL,
	`dimension` text NOT NULL,
	`segment` text NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_value_counts_pk` ON `peer_value_counts` (`template_id`,`dimension`,`segment`,`key`,`value`);--> statement-breakpoint
CREATE INDEX `peer_value_counts_range_idx` ON `peer_value_counts` (`template_id`,`dimension`,`segment`,`key`,`value`,`n`);--> statement-breakpoint
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
  AND f.`key` IN ('ambition', 'core_customers', 'business_model', 'customer_focus', 'satisfaction', 'complaints', 'sales', 'branding', 'relationships');--> statement-breakpoint
-- The counts of the rows just written, in one pass (before the triggers
-- exist, so the backfill is not counted twice).
INSERT INTO `peer_value_counts` (`template_id`, `dimension`, `segment`, `key`, `value`, `n`)
SELECT `template_id`, `dimension`, `segment`, `key`, `value`, count(*)
FROM `peer_facts` GROUP BY `template_id`, `dimension`, `segment`, `key`, `value`;--> statement-breakpoint
-- From here on the counts follow peer_facts row by row, whichever path
-- writes or deletes (completion, privacy.ts's explicit deletes, a cascade).
-- Triggers fire only for rows really inserted: a repeated completion's
-- ignored inserts count nothing. A count that reaches 0 is removed, so the
-- table holds only values someone scored.
CREATE TRIGGER `peer_facts_counted` AFTER INSERT ON `peer_facts` BEGIN
  INSERT INTO `peer_value_counts` (`template_id`, `dimension`, `segment`, `key`, `value`, `n`)
  VALUES (new.`template_id`, new.`dimension`, new.`segment`, new.`key`, new.`value`, 1)
  ON CONFLICT (`template_id`, `dimension`, `segment`, `key`, `value`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `peer_facts_uncounted` AFTER DELETE ON `peer_facts` BEGIN
  UPDATE `peer_value_counts` SET `n` = `n` - 1
  WHERE `template_id` = old.`template_id` AND `dimension` = old.`dimension` AND `segment` = old.`segment` AND `key` = old.`key` AND `value` = old.`value`;
  DELETE FROM `peer_value_counts`
  WHERE `template_id` = old.`template_id` AND `dimension` = old.`dimension` AND `segment` = old.`segment` AND `key` = old.`key` AND `value` = old.`value` AND `n` <= 0;
END;
