-- Peer comparison (issue 12): a sector-and-size group, and demo tests counted apart.
-- 1. Every response's facts also in its sector+size_band group (new completions write it themselves).
INSERT INTO peer_facts (response_id, template_id, dimension, segment, key, value)
SELECT s.response_id, s.template_id, 'sector+size_band', s.segment || '|' || z.segment, s.key, s.value
FROM peer_facts s JOIN peer_facts z ON z.response_id = s.response_id AND z.key = s.key AND z.dimension = 'size_band'
WHERE s.dimension = 'sector'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- 2. Demo responses' facts move to their own pool (template id + '#demo'). Deleted and inserted again
-- rather than updated, so the triggers keep peer_value_counts equal to peer_facts.
CREATE TABLE peer_facts_demo_move AS
SELECT f.response_id, f.template_id || '#demo' AS template_id, f.dimension, f.segment, f.key, f.value
FROM peer_facts f JOIN responses r ON r.id = f.response_id
WHERE r.is_demo = 1 AND f.template_id NOT LIKE '%#demo';
--> statement-breakpoint
DELETE FROM peer_facts
WHERE template_id NOT LIKE '%#demo' AND response_id IN (SELECT id FROM responses WHERE is_demo = 1);
--> statement-breakpoint
INSERT INTO peer_facts (response_id, template_id, dimension, segment, key, value)
SELECT response_id, template_id, dimension, segment, key, value FROM peer_facts_demo_move;
--> statement-breakpoint
DROP TABLE peer_facts_demo_move;
