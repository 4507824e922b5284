/**
 * Mail end to end: the e2e server sends to a real SMTP server on loopback
 * (started with it, tests/e2e/start-server.ts), and these specs read what
 * arrived. An invitation mail's link works and its status moves sent →
 * opened → started → completed; a reminder goes once; forgot-password by
 * mail works and ends the old sessions; axe on the new pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { browserAs, DEMO_USERS, freshAddress } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { withDatabase } from './fixtures/database.ts';
import { e2eBaseUrl, e2eMailDir } from './fixtures/environment.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { answerByRequest, ORIGIN } from './fixtures/requests.ts';
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
