/**
 * Deletes what Koers no longer needs to keep: anonymous, unclaimed tests
 * past their retention period (an organisation's own, or
 * ANONYMOUS_TEST_RETENTION_MONTHS for the public site) and expired
 * sessions. Safe to run from cron: `npm run retention`.
 */
import { createDb, openClient } from '../src/lib/server/db.ts';
import { parseEnv } from '../src/lib/server/env.ts';
import { deleteExpiredSessions } from '../src/lib/server/auth/session.ts';
import { applyRetention } from '../src/lib/server/queries/privacy.ts';
import { pruneThrottles } from '../src/lib/server/throttle/throttle.ts';

const config = parseEnv(process.env);
const client = openClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
try {
  const db = createDb(client);
  const now = new Date();
  const removed = await applyRetention(now, db);
  console.log(`Retention: removed ${removed} anonymous test(s) past their retention period.`);
  const sessionsRemoved = await deleteExpiredSessions(now, db);
  console.log(`Retention: removed ${sessionsRemoved} expired session(s).`);
  console.log(`Retention: removed ${await pruneThrottles(now, db)} throttle row(s) of past days.`);
} finally {
  client.close();
}
