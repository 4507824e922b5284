/**
 * Accounts end to end: sign up, out and in; throttled sign-in; keeping an
 * anonymous report; password change; and deletion that really removes the
 * data from the database file.
 */
import { expect, test, type Page } from '@playwright/test';
import { browserAs, freshAddress } from './fixtures/accounts.ts';
import { withDatabase } from './fixtures/database.ts';
import { completeByRequest } from './fixtures/requests.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { e2eBaseUrl } from './fixtures/environment.ts';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Fills and sends the Dutch sign-up form, then signs in as the notice asks; lands on the dashboard. */
async function signUpInBrowser(page: Page, name: string, email: string, password: string): Promise<void> {
  await page.goto('/registreren');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await signInAfterSignUp(page, email, password);
}

/** Sign-up answers the same for new and existing addresses (docs/security.md): sign in next. */
async function signInAfterSignUp(page: Page, email: string, password: string): Promise<void> {
  await expect(page).toHaveURL(/\/inloggen\?welkom=1$/);
  await expect(page.getByRole('status')).toContainText('Was dit e-mailadres nieuw bij Koers');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

test('signs up, signs out and signs in again', async ({ browser }) => {
  const context = await browserAs(browser, null);
  const page = await context.newPage();
  const email = `ada-${unique()}@example.nl`;
  await signUpInBrowser(page, 'Ada Lovelace', email, 'analytical-engine-1843');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/inloggen\?terug=/);

  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('analytical-engine-1843');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText(`Ingelogd als Ada Lovelace (${email})`)).toBeVisible();
  await context.close();
});

test('a sign-up with a short password keeps the other fields and says why', async ({ browser }) => {
  const context = await browserAs(browser, null);
  const page = await context.newPage();
  await page.goto('/en/registreren');
  await page.getByLabel('Name', { exact: true }).fill('Grace');
  await page.getByLabel('E-mail address').fill(`grace-${unique()}@example.nl`);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Grace');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await context.close();
});

test('an attacker guessing from many addresses is braked, while the owner in their own browser still gets in', async ({ browser }) => {
  // An account of its own: other tests sign in as the demo users at the same time.
  const existing = `throttle-${unique()}@example.nl`;
  const context = await browserAs(browser, null);
  const page = await context.newPage();
  await signUpInBrowser(page, 'Tess', existing, 'right-password-123');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The attacker: every guess from a new address, no cookies of the owner's browser.
  const attacker = await browserAs(browser, null);
  const guess = await attacker.newPage();
  for (const email of [`nobody-${unique()}@example.nl`, existing]) {
    for (let attempt = 1; attempt <= 6; attempt++) {
      await attacker.setExtraHTTPHeaders({ 'X-Forwarded-For': freshAddress() });
      await guess.goto('/inloggen');
      await guess.getByLabel('E-mailadres').fill(email);
      await guess.getByLabel('Wachtwoord', { exact: true }).fill('wrong-password-123');
      await guess.getByRole('button', { name: 'Inloggen' }).click();
      // Six failures from six addresses stay far below every limit: the same message for an unknown address.
      await expect(guess.getByRole('alert')).toHaveText(/horen niet bij elkaar/);
    }
  }
  await attacker.close();

  // The owner, in the browser they signed in from before, gets in.
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(existing);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('right-password-123');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await context.close();
});

test('an anonymous report is kept in a new account, and deleting the account removes it all', async ({ browser, request }) => {
  const token = await completeByRequest(request, 'nl', growthTestAnswers({ weakest: 'sales' }));
  const responseId = token.split('.')[0];
  const context = await browserAs(browser, null);
  const page = await context.newPage();
  await page.goto(`/rapport/${token}`);
  await page.getByRole('link', { name: 'Bewaar dit rapport in een (nieuw) account' }).click();
  await expect(page.getByText('Je Groeirapport wordt aan je nieuwe account gekoppeld.')).toBeVisible();
  const email = `claim-${unique()}@example.nl`;
  await page.getByLabel('Naam', { exact: true }).fill('Claire');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('keep-my-report-please');
  await page.getByLabel('Bedrijfsnaam').fill('Claire & Co');
  await page.getByRole('button', { name: 'Account maken' }).click();
  await signInAfterSignUp(page, email, 'keep-my-report-please');

  const owner = await withDatabase(async (db) => {
    const row = (await db.execute({ sql: 'select u.id as user_id, u.company_id, r.company_id as response_company from users u, responses r where u.email = ? and r.id = ?', args: [email, responseId] })).rows[0];
    return { userId: String(row.user_id), companyId: String(row.company_id), responseCompany: String(row.response_company) };
  });
  expect(owner.responseCompany).toBe(owner.companyId);

  await page.goto('/account');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download al mijn gegevens (JSON)' }).click();
  const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported.user.email).toBe(email);
  expect(exported.responses.map((r: { id: string }) => r.id)).toContain(responseId);
  expect(JSON.stringify(exported)).not.toMatch(/argon2|secretHash|password/);

  await page.getByLabel('Wachtwoord', { exact: true }).fill('keep-my-report-please');
  await page.getByRole('button', { name: 'Verwijder mijn account en gegevens' }).click();
  await expect(page).toHaveURL(/\/$/);

  const left = await withDatabase(async (db) => {
    const count = async (sql: string, arg: string) => Number((await db.execute({ sql, args: [arg] })).rows[0].n);
    return {
      users: await count('select count(*) as n from users where id = ?', owner.userId),
      sessions: await count('select count(*) as n from sessions where user_id = ?', owner.userId),
      companies: await count('select count(*) as n from companies where id = ?', owner.companyId),
      responses: await count('select count(*) as n from responses where id = ?', responseId),
      facts: await count('select count(*) as n from response_facts where response_id = ?', responseId),
      segments: await count('select count(*) as n from response_segments where response_id = ?', responseId),
      peerFacts: await count('select count(*) as n from peer_facts where response_id = ?', responseId),
    };
  });
  expect(left).toEqual({ users: 0, sessions: 0, companies: 0, responses: 0, facts: 0, segments: 0, peerFacts: 0 });
  expect((await request.get(`${e2eBaseUrl()}/rapport/${token}`)).status()).toBe(404);
  await context.close();
});

test('changing the password signs out the other devices', async ({ browser }) => {
  const email = `pw-${unique()}@example.nl`;
  const first = await browserAs(browser, null);
  const page = await first.newPage();
  await signUpInBrowser(page, 'Pat', email, 'first-password-1');

  const second = await browserAs(browser, email, 'first-password-1');
  await page.goto('/account');
  await page.getByLabel('Huidig wachtwoord').fill('first-password-1');
  await page.getByLabel('Nieuw wachtwoord').fill('second-password-2');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('status')).toHaveText(/Je wachtwoord is gewijzigd/);

  const other = await second.newPage();
  await other.goto('/account');
  await expect(other).toHaveURL(/\/inloggen/);
  await page.reload();
  await expect(page).toHaveURL(/\/account/);
  await first.close();
  await second.close();
});
