/**
 * Mail end to end: the e2e server sends to a real SMTP server on loopback
 * (started with it, tests/e2e/start-server.ts), and these specs read what
 * arrived. An invitation mail's link works and its status moves sent →
 * opened → started → completed; a reminder goes once; forgot-password by
 * mail works and ends the old sessions; "mail me this link" for the resume
 * link (a survey page) and the report link (the report page), with and
 * without JavaScript, a bad address shown again with its error; axe on the
 * new pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { browserAs, DEMO_USERS, freshAddress } from './fixtures/accounts.ts';
import { messages, survey } from './fixtures/catalogue.ts';
import { visibleSections } from '../../src/lib/surveys/engine.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { withDatabase } from './fixtures/database.ts';
import { e2eBaseUrl, e2eMailDir } from './fixtures/environment.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { answerByRequest, completeByRequest, ORIGIN, startByRequest } from './fixtures/requests.ts';
import { tokenFromUrl } from './fixtures/respondent.ts';
import { readSunkMails, waitForMail, type SunkMail } from '../support/smtp-sink.ts';
import { request as requestFactory } from '@playwright/test';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const mailsTo = (address: string) => readSunkMails(e2eMailDir()).filter((m) => m.to === address);
const mailTo = (address: string, subject: RegExp) => waitForMail(() => mailsTo(address), (m) => subject.test(m.subject), 45_000);
const linkIn = (mail: SunkMail) => /https?:\/\/\S+/.exec(mail.text)![0];

async function invite(page: Page, client: string, email: string, reminderDays: string): Promise<void> {
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'Klant uitnodigen' }).first().click();
  await expect(page).toHaveURL(/\/dashboard\/uitnodigen/);
  await page.getByLabel('Of een nieuwe klant').fill(client);
  await page.getByLabel('E-mailadres van de klant (optioneel)').fill(email);
  await page.getByLabel('Herinnering na (dagen)').fill(reminderDays);
  await page.getByRole('button', { name: 'Maak uitnodigingslink' }).click();
  await expect(page.getByRole('status').filter({ hasText: `verstuurd naar ${email}` })).toBeVisible();
}

/** The status cell of an invitation in the list, after a reload. */
async function expectState(page: Page, client: string, state: string): Promise<void> {
  await expect(async () => {
    await page.goto('/dashboard/uitnodigen');
    await expect(page.getByRole('row').filter({ hasText: client }).locator('[data-invitation-state]')).toHaveAttribute('data-invitation-state', state, { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
}

test('an invitation mail arrives, its link works, and its status moves sent → opened → started → completed', async ({ browser }) => {
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  const client = `Mailklant ${unique()}`;
  const email = `klant-${unique()}@voorbeeld.test`;
  await invite(page, client, email, '0');
  await expectNoSeriousViolations(page, 'invitation page after sending');

  const mail = await mailTo(email, /nodigt je uit voor de Groeitest/);
  expect(mail.html).toContain('Start de Groeitest');
  await expectState(page, client, 'sent');

  const respondent = await browserAs(browser, null);
  const visit = await respondent.newPage();
  await visit.goto(linkIn(mail));
  await expect(visit).toHaveURL(/\/groeitest\?uitnodiging=/);
  await expectState(page, client, 'opened');

  await visit.getByRole('button', { name: 'Begin met de test' }).click();
  await expect(visit).toHaveURL(/\/vragenlijst\//);
  await expectState(page, client, 'started');

  await answerByRequest(respondent.request, 'nl', tokenFromUrl(visit.url()), growthTestAnswers());
  await expectState(page, client, 'completed');
  await coach.close();
  await respondent.close();
});

test('a reminder is sent once, and not to someone who started', async ({ browser }) => {
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  const client = `Herinnering ${unique()}`;
  const email = `herinnering-${unique()}@voorbeeld.test`;
  await invite(page, client, email, '3');
  await mailTo(email, /nodigt je uit/);
  // Three days pass: the reminder's due time is brought to now (the worker polls every 300 ms here).
  const bringForward = () =>
    withDatabase((db) =>
      db.execute({ sql: "update outbox set next_attempt_at = ? where dedupe_key like 'mail:invitation-reminder:%' and payload like ?", args: [Date.now(), `%${email}%`] }),
    );
  await bringForward();
  await mailTo(email, /Herinnering: de Groeitest/);
  await bringForward();
  await page.waitForTimeout(2000);
  expect(mailsTo(email).filter((m) => m.subject.startsWith('Herinnering'))).toHaveLength(1);
  await expectState(page, client, 'sent');
  await coach.close();
});

test('forgot password by mail: one answer for every address, the link sets a new password and ends the old sessions', async ({ browser }) => {
  const email = `vergeten-${unique()}@voorbeeld.test`;
  const password = 'the old passphrase 1';
  const signUp = await requestFactory.newContext({ baseURL: e2eBaseUrl(), extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
  expect((await signUp.post('/registreren', { form: { name: 'Vera Vergeten', email, password }, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(303);
  await signUp.dispose();
  const [first, second] = [await browserAs(browser, email, password), await browserAs(browser, email, password)];

  const anonymous = await browserAs(browser, null);
  const page = await anonymous.newPage();
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expectNoSeriousViolations(page, 'forgot password');
  await page.getByLabel('E-mailadres').fill(`onbekend-${unique()}@voorbeeld.test`);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  const unknownAnswer = await page.getByRole('status').textContent();
  await page.goto('/wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  expect(await page.getByRole('status').textContent()).toBe(unknownAnswer);
  await expectNoSeriousViolations(page, 'forgot password answered');

  const mail = await mailTo(email, /wachtwoord voor Koers opnieuw instellen/);
  expect(mail.toName).toBe('Vera Vergeten');
  await page.goto(linkIn(mail));
  await expectNoSeriousViolations(page, 'reset page');
  await page.getByLabel('Nieuw wachtwoord').fill('the new passphrase 2');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Je bent overal afgemeld');

  for (const old of [first, second]) {
    const check = await old.newPage();
    await check.goto('/dashboard');
    await expect(check).toHaveURL(/\/inloggen/);
  }
  // The link worked once.
  await page.goto(linkIn(mail));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet (meer)');
  await browserAs(browser, email, 'the new passphrase 2');
  await Promise.all([first.close(), second.close(), anonymous.close()]);
});

test('a client page offers a retest: the invitation form opens with that client chosen', async ({ browser }) => {
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto('/dashboard');
  await page.getByRole('table').locator('a[href*="/dashboard/klanten/"]').first().click();
  await expect(page).toHaveURL(/\/dashboard\/klanten\//);
  const client = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.getByRole('link', { name: 'Opnieuw testen' }).click();
  await expect(page).toHaveURL(/\/dashboard\/uitnodigen\?klant=/);
  await expect(page.getByLabel('Bestaande klant').locator('option:checked')).toHaveText(client);
  await expectNoSeriousViolations(page, 'invitation form for a retest');
  await coach.close();
});

test('an administrator invites a growth coach by mail: a bad address keeps what was typed, the English mail arrives once, its link makes the account', async ({ browser }) => {
  const admin = await browserAs(browser, DEMO_USERS.admin);
  const page = await admin.newPage();
  await page.goto('/admin');
  const organisation = page.getByRole('region', { name: 'Ander Adviesbureau' });
  await organisation.getByLabel('E-mailadres van de groeicoach (optioneel)').fill('nieuwe coach@voorbeeld');
  await organisation.getByRole('button', { name: 'Groeicoach uitnodigen' }).click();
  await expect(page.getByRole('alert')).toContainText('bekijk het e-mailadres van de groeicoach');
  const field = page.getByRole('region', { name: 'Ander Adviesbureau' }).getByLabel('E-mailadres van de groeicoach (optioneel)');
  await expect(field).toHaveValue('nieuwe coach@voorbeeld');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'admin page with a bad coach address');

  const email = `coach-${unique()}@voorbeeld.test`;
  await field.fill(email);
  await page.getByRole('region', { name: 'Ander Adviesbureau' }).getByLabel('Taal van de e-mail').selectOption('en');
  await page.getByRole('region', { name: 'Ander Adviesbureau' }).getByRole('button', { name: 'Groeicoach uitnodigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `verstuurd naar ${email}` })).toBeVisible();
  const shown = await page.locator('#invite-link').inputValue();

  const mail = await mailTo(email, /become a growth coach at Ander Adviesbureau/);
  expect(linkIn(mail)).toBe(shown);
  expect(mail.html).toContain('Create account');
  const invitee = await browserAs(browser, null);
  const visit = await invitee.newPage();
  await visit.goto(linkIn(mail));
  await expect(visit.getByRole('heading', { level: 1 })).toHaveText('Welcome to Ander Adviesbureau');
  await visit.getByLabel('Name').fill('Nina Nieuw');
  await visit.getByLabel('E-mail address').fill(email);
  await visit.getByLabel('Password').fill('a new coach passphrase');
  await visit.getByRole('button', { name: 'Create account' }).click();
  await expect(visit).toHaveURL(/\/en\/dashboard/);
  // Sent once: the outbox row is done and nothing else went to this address.
  await page.waitForTimeout(1500);
  expect(mailsTo(email)).toHaveLength(1);
  await Promise.all([admin.close(), invitee.close()]);
});

/** Opens "mail me this link" on a survey or report page, types the address and sends it (a plain form post). */
async function askForLink(page: Page, summary: string, address: string, locale: 'nl' | 'en'): Promise<void> {
  const t = messages(locale).mailLink;
  await page.getByText(summary, { exact: true }).click();
  await page.getByLabel(t.email).fill(address);
  await page.getByRole('button', { name: t.button }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test(`mail me this link on a survey page (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): the mail arrives in Dutch, its link opens the test where it was left`, async ({ browser }) => {
    const respondent = await browser.newContext({ baseURL: e2eBaseUrl(), javaScriptEnabled, extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
    const token = await startByRequest(respondent.request, 'nl');
    const answers = growthTestAnswers();
    const here = visibleSections(survey, answers)[2];
    await answerByRequest(respondent.request, 'nl', token, answers, here.id);
    const page = await respondent.newPage();
    await page.goto(`/vragenlijst/${token}/${here.id}`);
    const email = `hervat-${unique()}@voorbeeld.test`;
    await askForLink(page, messages('nl').survey.resumeTitle, email, 'nl');
    await expect(page).toHaveURL(new RegExp(`/vragenlijst/${token}/${here.id}\\?gemaild=1#link-mailen$`));
    await expect(page.getByRole('status').filter({ hasText: messages('nl').mailLink.sent })).toBeVisible();
    if (javaScriptEnabled) await expectNoSeriousViolations(page, 'survey page after mailing the resume link');

    const mail = await mailTo(email, /Je link om de Groeitest verder te doen/);
    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.text).toContain('Verder met de test');
    // The one link, nothing else that opens anything.
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual([expect.stringMatching(new RegExp(`/hervatten/${token.replace('.', '\\.')}$`))]);
    // Someone else opening the mailed link lands where the respondent left off.
    const elsewhere = await browserAs(browser, null);
    const visit = await elsewhere.newPage();
    await visit.goto(linkIn(mail));
    await expect(visit).toHaveURL(new RegExp(`/vragenlijst/${token}/${here.id}$`));
    await expect(visit.getByRole('heading', { level: 1 })).toBeVisible();
    // The address is kept nowhere with the response.
    const stored = await withDatabase(async (db) => JSON.stringify((await db.execute({ sql: 'select * from responses where id = ?', args: [token.split('.')[0]] })).rows));
    expect(stored).not.toContain(email);
    await Promise.all([respondent.close(), elsewhere.close()]);
  });
}

test('mail me this link: a bad address is shown again with its error and what was typed (JavaScript off), then sent once corrected', async ({ browser }) => {
  const respondent = await browser.newContext({ baseURL: e2eBaseUrl(), javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
  const token = await startByRequest(respondent.request, 'en');
  const page = await respondent.newPage();
  await page.goto(`/en/hervatten/${token}`);
  const sectionPath = new URL(page.url()).pathname;
  const t = messages('en').mailLink;
  await askForLink(page, messages('en').survey.resumeTitle, 'name@company', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.errorTitle);
  const field = page.getByLabel(t.email);
  await expect(field).toHaveValue('name@company');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(t.errors.invalid_email.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.getByRole('link', { name: t.backToTest })).toHaveAttribute('href', sectionPath);
  await field.fill(`weer-${unique()}@voorbeeld.test`);
  const email = await field.inputValue();
  await page.getByRole('button', { name: t.button }).click();
  await expect(page).toHaveURL(new RegExp(`${sectionPath}\\?gemaild=1#link-mailen$`));
  await expect(page.getByRole('status').filter({ hasText: t.sent })).toBeVisible();
  const mail = await mailTo(email, /Your link to continue the Growth Test/);
  expect(linkIn(mail)).toMatch(new RegExp(`/en/hervatten/${token.replace('.', '\\.')}$`));
  await respondent.close();
});

test('the error page of mail me this link passes axe', async ({ browser }) => {
  const respondent = await browserAs(browser, null);
  const token = await startByRequest(respondent.request, 'nl');
  const page = await respondent.newPage();
  await page.goto(`/hervatten/${token}`);
  await askForLink(page, messages('nl').survey.resumeTitle, 'geen adres', 'nl');
  await expect(page.getByLabel(messages('nl').mailLink.email)).toHaveValue('geen adres');
  await expectNoSeriousViolations(page, 'mail me this link, with an error');
  await respondent.close();
});

test('mail me this link on the report page: the report link arrives in English and opens the report', async ({ browser }) => {
  const respondent = await browserAs(browser, null);
  const token = await completeByRequest(respondent.request, 'en', growthTestAnswers());
  const page = await respondent.newPage();
  await page.goto(`/en/rapport/${token}`);
  const email = `rapport-${unique()}@voorbeeld.test`;
  await askForLink(page, messages('en').mailLink.title, email, 'en');
  await expect(page).toHaveURL(new RegExp(`/en/rapport/${token}\\?gemaild=1#link-mailen$`));
  await expect(page.getByRole('status').filter({ hasText: messages('en').mailLink.sent })).toBeVisible();
  await expectNoSeriousViolations(page, 'report page after mailing its link');

  const mail = await mailTo(email, /Your Growth Test report/);
  expect(mail.text).toContain('Open my report');
  expect(mail.text.match(/https?:\/\/\S+/g)).toHaveLength(1);
  const elsewhere = await browserAs(browser, null);
  const visit = await elsewhere.newPage();
  await visit.goto(linkIn(mail));
  await expect(visit).toHaveURL(new RegExp(`/en/rapport/${token}$`));
  await expect(visit.getByRole('heading', { level: 1 })).toHaveText(messages('en').report.title);
  await Promise.all([respondent.close(), elsewhere.close()]);
});

test('mail me this link: CR/LF in the address is refused with its own message and nothing is stored', async () => {
  const request = await requestFactory.newContext({ baseURL: e2eBaseUrl(), extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
  const token = await startByRequest(request, 'nl');
  const reply = await request.post(`/hervatten/${token}/mail`, { form: { email: 'a@voorbeeld.test\r\nBcc: victim@evil.test' }, headers: ORIGIN, maxRedirects: 0 });
  expect(reply.status()).toBe(422);
  expect(await reply.text()).toContain(messages('nl').mailLink.errors.line_break);
  const stored = await withDatabase(async (db) => Number((await db.execute({ sql: "select count(*) as n from outbox where payload like '%victim@evil.test%' or dedupe_key like ?", args: [`%${token.split('.')[0]}%`] })).rows[0].n));
  expect(stored).toBe(0);
  await request.dispose();
});
