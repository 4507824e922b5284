CREATE TABLE `fact_counts` (
	`survey_instance_id` text NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	`month` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`survey_instance_id`, `key`, `value`, `month`),
	FOREIGN KEY (`survey_instance_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Hand-written: fill the new table from the facts already stored, so results
-- read the same after the upgrade as before it. From here on the completion
-- batch keeps it current (src/lib/server/queries/fact-counts.ts).
INSERT INTO `fact_counts` (`survey_instance_id`, `key`, `value`, `month`, `count`)
SELECT `survey_instance_id`, `key`, `value`, `month`, count(*) FROM `response_facts`
WHERE `survey_instance_id` IN (SELECT `id` FROM `surveys`)
GROUP BY `survey_instance_id`, `key`, `value`, `month`;
