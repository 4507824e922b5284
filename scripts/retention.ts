/**
 * Deletes anonymous, unclaimed tests past each organisation's retention
 * period. Safe to run from cron: `npm run retention`.
 */
import { createDb, openClient } from '../src/lib/server/db.ts';
import { parseEnv } from '../src/lib/server/env.ts';
import { applyRetention } from '../src/lib/server/queries/privacy.ts';
import { pruneThrottles } from '../src/lib/server/throttle/throttle.ts';

const config = parseEnv(process.env);
const client = openClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
try {
  const removed = await applyRetention(new Date(), createDb(client));
  console.log(`Retention: removed ${removed} anonymous test(s) past their organisation's retention period.`);
  console.log(`Retention: removed ${await pruneThrottles(new Date(), createDb(client))} throttle row(s) of past days.`);
} finally {
  client.close();
}
