/**
 * Makes an API key for an organisation, for ops:
 *   npm run api-key -- --organisation "<name or id>" [--name "<label>"]
 * against the database of DATABASE_URL. The key is printed once, as the
 * last line; only its hash is stored.
 */
import { parseArgs } from 'node:util';
import { createDb, openClient } from '../src/lib/server/db.ts';
import { parseEnv } from '../src/lib/server/env.ts';
import { createApiKey } from '../src/lib/server/api/keys.ts';
import { findOrganisationsNamed } from '../src/lib/server/api/organisation-lookup.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { organisation?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { organisation: { type: 'string' }, name: { type: 'string' } }, strict: true }));
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run api-key -- --organisation "<organisation name or id>" [--name "<label>"]`);
}
const wanted = values.organisation?.trim();
if (!wanted) fail('Usage: npm run api-key -- --organisation "<organisation name or id>" [--name "<label>"]');

const config = parseEnv(process.env);
const client = openClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
try {
  const db = createDb(client);
  const found = await findOrganisationsNamed(wanted, db);
  if (found.length === 0) fail(`No organisation has the id or name "${wanted}".`);
  if (found.length > 1) fail(`Several organisations are named "${wanted}"; give the id of one:\n${found.map((o) => `  ${o.id}  ${o.name}`).join('\n')}`);
  const name = values.name?.trim() || 'command line';
  const { key, row } = await createApiKey({ organisationId: found[0].id, companyId: null }, name, null, db);
  console.log(`API key "${row.name}" for ${found[0].name} (${found[0].id}). Shown once; store it now:`);
  console.log(key);
} finally {
  client.close();
}
