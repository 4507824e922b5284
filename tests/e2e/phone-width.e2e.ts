/**
 * Phones first (issue 12): no page scrolls sideways at 360 px. Every page of
 * the roles × routes matrix (tests/e2e/fixtures/access-routes.ts) that a
 * role may open is visited by that role at 360 px wide, so a route added to
 * the matrix later is covered without touching this file; plus the
 * respondent's own pages (questions and report), which need a token.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_USERS, browserAs, signedInRequest } from './fixtures/accounts.ts';
import { ROLES, demoIds, matrix } from './fixtures/access-routes.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { localised, survey } from './fixtures/catalogue.ts';
import { ORIGIN, completeByRequest, startByRequest } from './fixtures/requests.ts';
import { withDatabase } from './fixtures/database.ts';
import { completeOnLink, consenting, publicTestPath } from './fixtures/leads.ts';

const PHONE = { width: 360, height: 780 };
/** Downloads and images, not pages: nothing to scroll. */
const NOT_A_PAGE = /\.(csv|json|png|svg|pdf)(\?|$)/;

/** The page's own width beyond the viewport, or null when it fits. */
async function overflowOf(page: Page, path: string): Promise<string | null> {
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBeLessThan(400);
  const { scrollWidth, widest } = await page.evaluate(() => {
    // Names the widest element that sticks out, so a failure says where to look.
    let widest = '';
    let right = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect().right;
      if (r > right + 0.5) {
        right = r;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(r)} px)`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, widest };
  });
  return scrollWidth <= PHONE.width ? null : `${path}: ${scrollWidth} px wide; ${widest || 'no single element found'}`;
}

async function expectAllFit(context: BrowserContext, paths: string[]) {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  const failures: string[] = [];
  for (const path of paths) {
    const overflow = await overflowOf(page, path);
    if (overflow) failures.push(overflow);
  }
  await page.close();
  expect(failures).toEqual([]);
}

// The longest real content the inboxes show: a lead and an invitation with long names in each coach's organisation (the demo has none); the same for action items and API keys.
test.beforeAll(async () => {
  const person = 'Maria-Christina van den Heuvel-Oosterhout';
  const company = 'Installatie- en Onderhoudsbedrijf Van den Heuvel-Oosterhout B.V.';
  const email = 'maria-christina.vandenheuvel-oosterhout@installatiebedrijf-vandenheuvel.example.nl';
  for (const coach of [DEMO_USERS.consultant, DEMO_USERS.otherConsultant]) {
    const request = await signedInRequest(coach);
    await completeOnLink(await publicTestPath(request), consenting(person, company, email));
    // And a mailed invitation to a new client with that name and address (the invitations table shows both).
    const form = { newClientName: company, email, days: '14', maxUses: '1', reminderDays: '3', mailLocale: 'nl' };
    expect((await request.post('/dashboard/uitnodigen', { form, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(200);
    await request.dispose();
  }
  // And on the client page the matrix opens: action items with long texts and owners, one overdue, one done.
  const { ownClient } = await demoIds();
  const coach = await signedInRequest(DEMO_USERS.consultant);
  const long = 'Onderhoudscontracten-en-serviceovereenkomsten doorlichten met de boekhouder en de nieuwe installatiepartner';
  for (const text of [`${long} (te laat)`, `${long} (klaar)`]) {
    const form = { action: 'add-action-item', text, owner: 'Maria-Christina van den Heuvel-Oosterhout (Installatiebedrijf-Van-den-Heuvel-Oosterhout)', dueOn: '2021-03-31' };
    expect((await coach.post(`/dashboard/klanten/${ownClient}`, { form, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(303);
  }
  const doneId = await withDatabase(async (db) => String((await db.execute({ sql: 'select id from action_items where company_id = ? and text = ?', args: [ownClient, `${long} (klaar)`] })).rows[0].id));
  expect((await coach.post(`/dashboard/klanten/${ownClient}`, { form: { action: 'finish-action-item', itemId: doneId }, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(303);
  await coach.dispose();
  // And an API key with a long name for each account that may hold one (the keys table only shows once there is one).
  for (const who of [DEMO_USERS.consultant, DEMO_USERS.otherConsultant, DEMO_USERS.entrepreneur]) {
    const request = await signedInRequest(who);
    const form = { name: 'Koppeling-met-het-klantrelatiebeheersysteem-van-de-boekhouding (productie)' };
    expect((await request.post('/dashboard/api-sleutels', { form, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(201);
    await request.dispose();
  }
});

// One test per role, as in the access matrix: a failure names the role.
for (const [i, role] of ROLES.entries()) {
  test(`every page ${role} may open fits 360 px`, async ({ browser }) => {
    test.setTimeout(180_000);
    const paths = matrix(await demoIds())
      .filter(([path, outcomes]) => outcomes[i] === 'ok' && !NOT_A_PAGE.test(path))
      .map(([path]) => path);
    expect(paths.length).toBeGreaterThan(2);
    const context = await browserAs(browser, role === 'anonymous' ? null : DEMO_USERS[role]);
    try {
      await expectAllFit(context, paths);
    } finally {
      await context.close();
    }
  });
}

for (const locale of ['nl', 'en'] as const) {
  test(`the respondent's pages fit 360 px (${locale})`, async ({ browser, request }) => {
    test.setTimeout(180_000);
    // The longest real content: a company name and a person's name that do not wrap easily.
    const answers = growthTestAnswers({ weakest: 'relationships', consent: 'yes', contact: { name: 'Maximiliaan van Oldenbarnevelt-Wittgenstein', company: 'Installatietechniekgroothandel Noordoostpolder', email: 'maximiliaan@example.nl' } });
    const report = await completeByRequest(request, locale, answers);
    const started = await startByRequest(request, locale);
    const questionPages = survey.sections.filter((s) => !s.showIf).map((s) => localised(locale, `/vragenlijst/${started}/${s.id}`));
    const context = await browserAs(browser, null);
    try {
      await expectAllFit(context, [localised(locale, '/groeitest'), ...questionPages, localised(locale, `/rapport/${report}`)]);
    } finally {
      await context.close();
    }
  });
}

test('on a phone an agreement statement is one compact row of five native radios, 24 × 24 px or more, keyboard-operable', async ({ page, request }) => {
  await page.setViewportSize(PHONE);
  const token = await startByRequest(request, 'nl');
  await page.goto(`/vragenlijst/${token}/ambition`);
  const group = page.getByRole('group').filter({ has: page.getByRole('radio') }).first();
  const radios = group.getByRole('radio');
  // Five points of the scale and "don't know".
  await expect(radios).toHaveCount(6);
  const boxes = await Promise.all([0, 1, 2, 3, 4].map((i) => group.locator('.scale label').nth(i).boundingBox()));
  for (const box of boxes) {
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(Math.abs(box!.y - boxes[0]!.y), 'all five on one row').toBeLessThan(1);
  }
  expect(boxes[4]!.x + boxes[4]!.width).toBeLessThanOrEqual(PHONE.width);
  await radios.first().check();
  await page.keyboard.press('ArrowRight');
  await expect(radios.nth(1)).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
