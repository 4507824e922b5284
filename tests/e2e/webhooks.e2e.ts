/**
 * A survey's webhook on its owner's page: bad URLs come back with a
 * localised message and the typed value kept, a good one shows its secret
 * exactly once, a test event appears in the delivery log, and removing the
 * webhook leaves the log. The e2e server refuses private addresses, as in
 * production; a public literal address needs no DNS.
 */
import { expect, test } from '@playwright/test';
import { browserAs, DEMO_USERS } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN } from './fixtures/requests.ts';

const m = messages('nl').webhooks;

const demoSurvey = () =>
  withDatabase(async (db) => {
    const row = (await db.execute({ sql: "select s.id from surveys s join organisations o on o.id = s.organisation_id where o.name = 'Demo Groeiadvies' and s.company_id is not null order by s.created_at limit 1", args: [] })).rows[0];
    return String(row.id);
  });

test('set a webhook: errors kept at the field, the secret shown once, a test event logged, removed', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = await demoSurvey();
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/vragenlijsten/${id}`);
  await expect(page.getByRole('heading', { name: m.title })).toBeVisible();
  await expect(page.getByText(m.none)).toBeVisible();

  const url = page.getByLabel(m.url);
  const save = page.getByRole('button', { name: m.save });
  for (const [typed, error] of [
    ['http://example.com/hook', m.errors.scheme],
    ['https://127.0.0.1:9/hook', m.errors.private],
    ['https://[::ffff:169.254.169.254]/', m.errors.private],
    ['geen adres', m.errors.invalid],
  ]) {
    await url.fill(typed);
    await save.click();
    await expect(page.getByText(error)).toBeVisible();
    await expect(page.getByLabel(m.url)).toHaveValue(typed);
  }
  await expectNoSeriousViolations(page, 'webhook form with an error');

  await page.getByLabel(m.url).fill('https://8.8.8.8/koers-hook');
  await page.getByRole('button', { name: m.save }).click();
  const secret = await page.getByLabel(m.secretLabel).inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  await expect(page.getByText(m.current.replace('{url}', 'https://8.8.8.8/koers-hook'))).toBeVisible();

  // Shown once: a fresh load of the page does not have it.
  await page.goto(`/dashboard/vragenlijsten/${id}`);
  await expect(page.getByLabel(m.secretLabel)).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  await page.getByRole('button', { name: m.sendTest }).click();
  await expect(page.getByText(m.testQueued)).toBeVisible();
  await expect(page.getByRole('cell', { name: m.types['webhook.test'] })).toBeVisible();
  await expectNoSeriousViolations(page, 'webhook log');

  await page.getByRole('button', { name: m.regenerate }).click();
  const fresh = await page.getByLabel(m.secretLabel).inputValue();
  expect(fresh).toMatch(/^whsec_/);
  expect(fresh).not.toBe(secret);

  await page.getByRole('button', { name: m.remove }).click();
  await expect(page.getByText(m.none)).toBeVisible();
  await expect(page.getByRole('cell', { name: m.types['webhook.test'] })).toBeVisible();
  await context.close();
});

test('another organisation\'s coach cannot touch the webhook: 404', async ({ browser }) => {
  const id = await demoSurvey();
  const context = await browserAs(browser, DEMO_USERS.otherConsultant);
  const page = await context.newPage();
  const reply = await page.request.post(`/dashboard/vragenlijsten/${id}`, { form: { action: 'webhook-save', webhookUrl: 'https://8.8.8.8/x' }, headers: ORIGIN });
  expect(reply.status()).toBe(404);
  await context.close();
});
