/**
 * Survey results end to end: a coach creates a satisfaction survey with its
 * own choices in the form, customers answer by link (JavaScript on in Dutch,
 * off in English), and the results page shows the new answers' NPS and count
 * and finds a comment by search; a team survey shows nothing at 4 answers
 * and its results at 5; complaint thresholds show the channels beside those
 * offered; another organisation's coach gets 404; axe on every family's page.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';
import { answerByLinkInBrowser, answerByLinkRequest, createSurveyByRequest } from './fixtures/instance-surveys.ts';

const m = messages('nl');
const en = messages('en');

async function ownClient(): Promise<string> {
  return withDatabase(async (db) =>
    String((await db.execute({ sql: "select c.id from companies c join organisations o on o.id = c.organisation_id where o.name = 'Demo Groeiadvies' order by c.name limit 1 offset 5", args: [] })).rows[0].id),
  );
}

const resultsPath = (id: string) => `/dashboard/vragenlijsten/${id}/resultaten`;

let coach: APIRequestContext;
test.beforeAll(async () => {
  coach = await signedInRequest(DEMO_USERS.consultant);
});
test.afterAll(async () => {
  await coach.dispose();
});

test('satisfaction: created with its choices, answered by link with and without JavaScript in both languages, results and comments shown', async ({ browser }) => {
  test.setTimeout(150_000);
  const clientId = await ownClient();
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/vragenlijsten/nieuw?klant=${clientId}`);
  await page.getByLabel(m.surveys.template).selectOption({ label: 'Klanttevredenheid' });
  await page.getByLabel(m.surveys.title).fill('Tevredenheid najaar');
  // The family's own choices: one service level off.
  await page.getByRole('checkbox', { name: 'Kosten', exact: true }).uncheck();
  await page.getByRole('button', { name: m.surveys.createButton }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tevredenheid najaar' })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const options = await withDatabase(async (db) => JSON.parse(String((await db.execute({ sql: 'select options from surveys where id = ?', args: [id] })).rows[0].options)));
  expect(options.serviceLevels).not.toContain('costs');

  // Before any answer: no NPS, said in words, never 0.
  await page.getByRole('link', { name: m.results.link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tevredenheid najaar');
  await expect(page.getByText('Nog geen NPS', { exact: false })).toBeVisible();

  const respondents = [
    { javaScriptEnabled: true, locale: 'nl' as const, answers: { recommend: 10, comment: 'Heerlijk brood, altijd op tijd' } },
    { javaScriptEnabled: false, locale: 'en' as const, answers: { recommend: 9, comment: 'Delivery was SLOW once' } },
  ];
  for (const r of respondents) {
    const respondent = await browser.newContext({ javaScriptEnabled: r.javaScriptEnabled });
    await answerByLinkInBrowser(await respondent.newPage(), id, r.locale, r.answers);
    await respondent.close();
  }

  await page.reload();
  await expect(page.getByTestId('nps-score')).toHaveText('+100');
  await expect(page.locator('.headline-figure', { has: page.getByTestId('nps-score') })).toContainText('n = 2');
  // Fewer than 30 answers: the warning in plain words.
  await expect(page.getByText('Let op: deze score rust op 2 antwoorden', { exact: false })).toBeVisible();
  await expect(page.getByText('2 opmerkingen')).toBeVisible();
  await expectNoSeriousViolations(page, 'satisfaction results');

  // Search is case-insensitive and leaves the other comment out.
  await page.getByLabel(m.results.search).fill('slow');
  await page.getByRole('button', { name: m.results.searchButton }).click();
  await expect(page).toHaveURL(/resultaten\?q=slow$/);
  await expect(page.getByText('Delivery was SLOW once')).toBeVisible();
  await expect(page.getByText('Heerlijk brood')).toHaveCount(0);

  // Printed: the figures stay, the search form and the way back go.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel(m.results.search)).toBeHidden();
  await expect(page.getByRole('link', { name: m.results.back })).toBeHidden();
  await expect(page.getByTestId('nps-score')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // In English too. The PDF: a link, and an attachment holding the NPS.
  await page.goto(`/en${resultsPath(id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(en.results.title);
  await expect(page.getByRole('link', { name: en.results.downloadPdf })).toBeVisible();
  const pdf = await coach.get(`/en${resultsPath(id)}.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="resultaten-[a-z0-9]+\.pdf"$/);
  expect(pdf.headers()['x-robots-tag']).toBe('noindex, nofollow');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text.replace(/\s+/g, ' ')).toContain('+100');

  // A month earlier with one detractor (set in the aggregates: answers cannot be dated back through the site):
  // the NPS per month as a line chart and, with the same figures, a table.
  await withDatabase((db) =>
    db.batch([
      { sql: "insert into fact_counts values (?, 'answered', 1, '2026-10', 1)", args: [id] },
      { sql: "insert into fact_counts values (?, 'recommend', 2, '2026-10', 1)", args: [id] },
    ]),
  );
  await page.goto(resultsPath(id));
  await expect(page.getByRole('img', { name: m.results.npsChart })).toBeVisible();
  const months = page.getByRole('table', { name: m.results.perMonth });
  await expect(months.getByRole('row', { name: /oktober 2026/ })).toContainText(/[-−]100/);
  await expect(page.getByTestId('nps-score')).toHaveText('+33,3');
  await expectNoSeriousViolations(page, 'satisfaction results over months');
  await context.close();
});

test('a team survey shows nothing at 4 answers, not even comments, and its results at 5', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = await createSurveyByRequest(coach, { company: await ownClient(), template: 'customer-focus', title: 'Team klantgericht', locales: ['nl', 'en'] });
  for (let i = 0; i < 4; i++) await answerByLinkRequest(id, i % 2 ? 'en' : 'nl', { comment: `Geheime opmerking ${i}` });
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(resultsPath(id));
  await expect(page.getByTestId('withheld')).toContainText('4 van de minstens 5');
  await expect(page.getByRole('heading', { name: m.results.commentsTitle })).toHaveCount(0);
  await expect(page.getByText('Geheime opmerking')).toHaveCount(0);
  await expect(page.getByTestId('team-score')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'team results withheld');

  await answerByLinkRequest(id, 'nl');
  await page.reload();
  await expect(page.getByTestId('withheld')).toHaveCount(0);
  await expect(page.getByTestId('team-score')).toHaveText(/^\d+(,\d)?$/);
  await expect(page.locator('.headline-figure', { has: page.getByTestId('team-score') })).toContainText('n = 5');
  await expect(page.getByRole('heading', { name: m.results.commentsTitle })).toBeVisible();
  await expectNoSeriousViolations(page, 'team results');
  await context.close();
});

test('complaint thresholds: the funnel, the threshold to lower first and channels beside those offered', async ({ browser }) => {
  const id = await createSurveyByRequest(coach, {
    company: await ownClient(),
    template: 'complaint-thresholds',
    title: 'Klachtdrempels',
    locales: ['nl'],
    'opt.complaint-thresholds': '1',
    'opt.complaint-thresholds.offeredChannels': ['email'],
  });
  await answerByLinkRequest(id, 'nl');
  await answerByLinkRequest(id, 'nl');
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(resultsPath(id));
  await expect(page.getByRole('heading', { level: 2, name: m.results.funnelTitle })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: m.results.channelsTitle })).toBeVisible();
  // E-mail offered (nobody chose it); post chosen by both customers but not offered.
  await expect(page.getByRole('cell', { name: /^Aangeboden/ })).toHaveCount(1);
  await expect(page.getByText('Klanten willen dit kanaal gebruiken, maar je biedt het niet aan.')).toHaveCount(1);
  await expect(page.getByText('Je biedt dit kanaal aan, maar geen enkele klant koos het.')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'complaint-threshold results');
  await context.close();
});

test('another organisation’s coach gets 404 on the results page and its PDF', async () => {
  const id = await createSurveyByRequest(coach, { company: await ownClient(), template: 'customer-satisfaction', title: 'Alleen van ons', locales: ['nl'] });
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  for (const path of [resultsPath(id), `/en${resultsPath(id)}`, `${resultsPath(id)}.pdf`, `${resultsPath(id)}?q=x&pagina=2`]) {
    expect((await other.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  await other.dispose();
  expect((await coach.get(resultsPath(id))).status()).toBe(200);
});
