/**
 * The open answers of a survey instance (the family's comment questions),
 * newest first, optionally filtered by a search text, a page at a time.
 * On responses_instance_done_idx; the search scans the instance's answers.
 */
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '../db.ts';

export interface Comment {
  responseId: string;
  questionId: string;
  text: string;
  completedAt: Date;
}

/** `%`, `_` and the escape itself match literally in a search. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One row per non-empty answer to one of `questionIds`. The search is
 * case-insensitive for A to Z (SQLite folds ASCII only: É and é differ).
 */
function commentRows(instanceId: string, questionIds: string[], search: string): SQL {
  const filter = search ? sql` and text like ${likePattern(search)} escape '\\'` : sql``;
  const perQuestion = questionIds.map(
    (qid) => sql`select * from (select id as response_id, ${qid} as question_id, json_extract(answers, ${`$.${qid}`}) as text, completed_at
      from responses where survey_instance_id = ${instanceId} and status = 'completed')
      where typeof(text) = 'text' and trim(text) <> ''${filter}`,
  );
  return sql.join(perQuestion, sql` union all `);
}

/**
 * A page of comments and how many there are, counted up to `countCap`:
 * counting every comment of a survey with 100,000 answers means reading
 * every answer (~100 ms here), while the page itself comes off the index
 * in well under a millisecond. Past the cap, `total` is null and the page
 * only knows whether another follows.
 */
export async function findComments(
  instanceId: string,
  questionIds: string[],
  options: { search: string; page: number; pageSize: number; countCap: number },
  db: Database = getDb(),
): Promise<{ comments: Comment[]; total: number | null; hasNext: boolean }> {
  if (questionIds.length === 0) return { comments: [], total: 0, hasNext: false };
  const rows = commentRows(instanceId, questionIds, options.search);
  const [{ counted }] = await db.all<{ counted: number }>(sql`select count(*) as counted from (select 1 from (${rows}) limit ${options.countCap + 1})`);
  const found = await db.all<{ response_id: string; question_id: string; text: string; completed_at: number }>(sql`
    select * from (${rows}) order by completed_at desc, response_id, question_id
    limit ${options.pageSize + 1} offset ${(options.page - 1) * options.pageSize}`);
  return {
    total: Number(counted) > options.countCap ? null : Number(counted),
    hasNext: found.length > options.pageSize,
    comments: found
      .slice(0, options.pageSize)
      .map((r) => ({ responseId: r.response_id, questionId: r.question_id, text: r.text, completedAt: new Date(Number(r.completed_at)) })),
  };
}
