/**
 * Many completed answers to one customer-satisfaction survey, fast: for the
 * results-page case (1k → 10k → 100k answers). Not through
 * completeResponse one by one (100k answers would take minutes): a few
 * hundred answer variants are scored once by the family's own extractFacts,
 * then responses and their response_facts rows are bulk-inserted in one
 * transaction, completion months spread over the last twelve. The rows are
 * what completeResponse would store for the same answers (same facts, same
 * month column); only the per-row path is skipped. Bench fixture only.
 */
import { createClient } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { responseFacts, responses, surveys } from '../../db/schema.ts';
import type { BatchItem } from 'drizzle-orm/batch';
import { recountStatements } from '../../src/lib/server/queries/fact-counts.ts';
import { familyOf, surveyForInstance } from '../../src/lib/families/index.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import type { Answers } from '../../src/lib/surveys/answers.ts';
import { seededRandom } from '../../scripts/seed-demo.ts';

const VARIANTS = 330;
const ROWS_PER_INSERT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Adds `count` completed answers to the survey `instanceId` in the database file (before a server opens it). */
export async function insertCompletedSatisfaction(file: string, instanceId: string, count: number, now = new Date()): Promise<void> {
  const client = createClient({ url: `file:${file}`, concurrency: 1 });
  try {
    await client.execute('PRAGMA synchronous=OFF');
    const db = createDb(client);
    const [instance] = await db.select().from(surveys).where(eq(surveys.id, instanceId));
    const survey = instance && surveyForInstance(instance);
    const family = instance && familyOf(instance.templateId);
    if (!instance || !survey || !family) throw new Error(`bench: no survey ${instanceId}`);
    const random = seededRandom(count);
    const services = survey.sections.find((s) => s.id === 'service_levels')?.questions.map((q) => q.id) ?? [];
    const variants = Array.from({ length: VARIANTS }, (_, i) => {
      const answers: Answers = { expectation: ['less', 'as', 'more'][i % 3] };
      if (i % 13 !== 0) answers.recommend = i % 11; // some skip the NPS question
      services.forEach((id, k) => (answers[id] = 1 + ((i + k) % 5)));
      if (i % 4 === 0) answers.comment = `Opmerking ${i}`;
      const extracted = family.extractFacts(survey, answers);
      return { answers, extracted };
    });
    const secretHash = Buffer.from(issueToken().secretHash);
    await db.transaction(async (tx) => {
      for (let start = 0; start < count; start += ROWS_PER_INSERT) {
        const rows: (typeof responses.$inferInsert)[] = [];
        const facts: (typeof responseFacts.$inferInsert)[] = [];
        for (let i = start; i < Math.min(count, start + ROWS_PER_INSERT); i++) {
          const { answers, extracted } = variants[Math.floor(random() * VARIANTS)];
          const completedAt = new Date(now.getTime() - Math.floor(random() * 365) * DAY_MS);
          const id = issueToken().id;
          rows.push({
            id,
            secretHash,
            surveyInstanceId: instance.id,
            templateId: survey.id,
            templateVersion: survey.version,
            locale: 'nl',
            status: 'completed' as const,
            answers,
            organisationId: instance.organisationId,
            companyId: instance.companyId,
            overallScore: extracted.overall,
            headline: extracted.headline,
            createdAt: completedAt,
            updatedAt: completedAt,
            completedAt,
          });
          const month = completedAt.toISOString().slice(0, 7);
          for (const fact of extracted.facts) facts.push({ responseId: id, templateId: survey.id, surveyInstanceId: instance.id, key: fact.key, value: fact.value, month });
        }
        await tx.insert(responses).values(rows);
        for (let f = 0; f < facts.length; f += ROWS_PER_INSERT) await tx.insert(responseFacts).values(facts.slice(f, f + ROWS_PER_INSERT));
      }
    });
    // The pre-aggregated counts the results page reads, rebuilt by the app's own recount (fact-counts.ts):
    // without them the page would show an empty survey and measure nothing.
    await db.batch(recountStatements(db, [instance.id]) as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
}
