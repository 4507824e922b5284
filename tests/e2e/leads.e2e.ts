/**
 * Leads reach a coach (issue 12): a public test with consent becomes a lead
 * in the right organisation's inbox and nowhere else; without consent no
 * lead; the administrator routes the home test's leads; a lead becomes a
 * client once; the organisation's branding shows on its public test and
 * report. Serial: the home test's owner is one site-wide setting.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN, completeByRequest } from './fixtures/requests.ts';
import { responseIdOf } from './fixtures/respondent.ts';
import { completeOnLink, consenting, publicTestPath } from './fixtures/leads.ts';
import { pngLogo } from '../support/logos.ts';

test.describe.configure({ mode: 'serial' });

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function leadOf(responseId: string) {
  return withDatabase(async (db) => {
    const rows = await db.execute({ sql: 'select l.id, l.status, o.name as organisation from leads l join organisations o on o.id = l.organisation_id where response_id = ?', args: [responseId] });
    return rows.rows[0] as unknown as { id: string; status: string; organisation: string } | undefined;
  });
}

async function setHomeOwner(admin: APIRequestContext, organisationName: string | null) {
  const page = await admin.get('/admin/groeitest');
  const html = await page.text();
  const id = organisationName ? new RegExp(`<option value="([^"]+)"[^>]*>${organisationName}</option>`).exec(html)?.[1] : '';
  expect(id, `organisation ${organisationName} in the list`).toBeDefined();
  const saved = await admin.post('/admin/groeitest', { form: { organisation: id! }, headers: ORIGIN });
  expect(saved.status()).toBe(200);
  expect(await saved.text()).toContain('De keuze is opgeslagen.');
}

test("a public test with consent is a lead in its organisation's inbox and nowhere else", async ({ browser }) => {
  const coachRequest = await signedInRequest(DEMO_USERS.consultant);
  const name = unique('Lena Lead');
  const token = await completeOnLink(await publicTestPath(coachRequest), consenting(name));
  const lead = await leadOf(responseIdOf(token));
  expect(lead).toMatchObject({ organisation: 'Demo Groeiadvies', status: 'new' });

  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto('/dashboard/leads?status=new');
  await expect(page.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /dashboard/i }).getByRole('link', { name: /Leads \d+ nieuw/ })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Lead BV');
  await expect(row).toContainText('lead@example.nl');
  await expect(row).toContainText('67');
  await row.getByRole('link', { name: `Rapport van ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport van ${name}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Je grootste groeikans' })).toBeVisible();

  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  expect(await (await other.get('/dashboard/leads')).text()).not.toContain(name);
  expect((await other.get(`/dashboard/leads/${lead!.id}`)).status()).toBe(404);
  const foreignPost = await other.post('/dashboard/leads', { form: { action: 'accept', lead: lead!.id }, headers: ORIGIN });
  expect(foreignPost.status()).toBe(404);
  expect((await leadOf(responseIdOf(token)))?.status).toBe('new');
  await coach.close();
});

test('without consent the test stays anonymous: no lead', async () => {
  const coachRequest = await signedInRequest(DEMO_USERS.consultant);
  const token = await completeOnLink(await publicTestPath(coachRequest), growthTestAnswers({ consent: 'no' }));
  expect(await leadOf(responseIdOf(token))).toBeUndefined();
});

test("the administrator routes the home test's leads; with none chosen they stay anonymous", async () => {
  const admin = await signedInRequest(DEMO_USERS.admin);
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  const coach = await signedInRequest(DEMO_USERS.consultant);
  try {
    await setHomeOwner(admin, 'Ander Adviesbureau');
    const name = unique('Hugo Home');
    const respondent = await signedInRequest(null);
    const token = await completeByRequest(respondent, 'nl', consenting(name));
    expect((await leadOf(responseIdOf(token)))?.organisation).toBe('Ander Adviesbureau');
    expect(await (await other.get('/dashboard/leads')).text()).toContain(name);
    expect(await (await coach.get('/dashboard/leads')).text()).not.toContain(name);
    // The respondent was told who would get in touch, on the consent page and in the report.
    const report = await respondent.get(`/rapport/${token}`);
    expect(await report.text()).toContain('Ander Adviesbureau neemt contact met je op');
  } finally {
    await setHomeOwner(admin, null);
  }
  const anonymous = await completeByRequest(await signedInRequest(null), 'nl', consenting(unique('Anna Anoniem')));
  expect(await leadOf(responseIdOf(anonymous))).toBeUndefined();
});

test('a lead becomes a client once, even when accepted twice', async ({ browser }) => {
  const coachRequest = await signedInRequest(DEMO_USERS.consultant);
  const name = unique('Karel Klant');
  const company = unique('Klantbedrijf');
  const token = await completeOnLink(await publicTestPath(coachRequest), consenting(name, company));
  const lead = (await leadOf(responseIdOf(token)))!;

  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto('/dashboard/leads');
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('combobox', { name: `Status van ${name}` }).selectOption({ label: 'Contact gehad' });
  await row.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De status is opgeslagen.' })).toBeVisible();
  expect((await leadOf(responseIdOf(token)))?.status).toBe('contacted');

  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: `Klant maken: ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is nu een klant.` })).toBeVisible();
  // The same post again (a double submit): nothing more is made.
  const again = await coachRequest.post('/dashboard/leads', { form: { action: 'accept', lead: lead.id }, headers: ORIGIN });
  expect(again.status()).toBe(200);
  const companies = await withDatabase(async (db) => (await db.execute({ sql: 'select id from companies where name = ?', args: [company] })).rows);
  expect(companies).toHaveLength(1);
  expect((await leadOf(responseIdOf(token)))?.status).toBe('client');

  await page.getByRole('link', { name: 'Klantpagina' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(company);
  await coach.close();
});

test('branding shows on the public test and the report, and a logo that is not an image is refused', async ({ browser }) => {
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto('/dashboard/organisatie');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('SVG-bestanden nemen we niet aan');

  const shown = unique('Groei & Co');
  await page.getByLabel('Naam zoals respondenten die zien').fill(shown);
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo(120, 40) });
  await page.getByLabel('Link om een afspraak te plannen').fill('https://agenda.example.nl/afspraak');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' })).toBeVisible();

  const path = await publicTestPath(await signedInRequest(DEMO_USERS.consultant));
  const visitor = await browser.newContext();
  const start = await visitor.newPage();
  await start.goto(path);
  await expect(start.getByText(`Deze Growth Test wordt je aangeboden door ${shown}.`)).toBeVisible();
  const logo = start.getByRole('img', { name: `Logo van ${shown}` });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  const served = await start.request.get((await logo.getAttribute('src'))!);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(served.headers()['cache-control']).toContain('max-age=');
  await visitor.close();

  const token = await completeOnLink(path, consenting(unique('Britt Branding')));
  const report = await coach.newPage();
  await report.goto(`/rapport/${token}`);
  await expect(report.getByText(`${shown} neemt contact met je op om je resultaten te bespreken.`)).toBeVisible();
  await expect(report.getByRole('link', { name: `Plan een gesprek met ${shown}` })).toHaveAttribute('href', 'https://agenda.example.nl/afspraak');
  await coach.close();
});

test('branding saves and lead changes are throttled per coach, with a localised message', async () => {
  // The other organisation's coach, so the tests above keep their budget.
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  let last = 0;
  for (let i = 0; i < 11; i++) {
    const reply = await other.post('/dashboard/organisatie', { multipart: { displayName: `Naam ${i}`, ctaUrl: '', ctaPhone: '' }, headers: ORIGIN });
    last = reply.status();
    if (last === 429) {
      expect(Number(reply.headers()['retry-after'])).toBeGreaterThan(0);
      expect(await reply.text()).toContain('Dat ging te vaak achter elkaar');
      break;
    }
  }
  expect(last).toBe(429);
  for (let i = 0; i < 61; i++) {
    const reply = await other.post('/dashboard/leads', { form: { action: 'status', lead: 'nonexistent', status: 'new' }, headers: ORIGIN });
    last = reply.status();
    if (last === 429) break;
    expect(last).toBe(404);
  }
  expect(last).toBe(429);
});
