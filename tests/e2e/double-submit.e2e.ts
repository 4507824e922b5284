/**
 * Finishing twice (a double click, a resent form, two posts at once) stores
 * one completed response with one set of area scores.
 */
import { expect, test } from '@playwright/test';
import { growthTestAnswers } from './fixtures/answers.ts';
import { localised, messages, sectionById } from './fixtures/catalogue.ts';
import { storedAreaScores, storedResponses } from './fixtures/database.ts';
import { answerByRequest, postSection, startByRequest } from './fixtures/requests.ts';
import { answerSection, responseIdOf } from './fixtures/respondent.ts';

async function expectCompletedOnce(token: string): Promise<number> {
  const rows = await storedResponses(responseIdOf(token));
  expect(rows).toHaveLength(1);
  expect(rows[0].status).toBe('completed');
  expect(rows[0].completed_at).not.toBeNull();
  const scores = await storedAreaScores(responseIdOf(token));
  expect(scores.length).toBeGreaterThan(0);
  expect(scores.length).toBeLessThanOrEqual(9);
  expect(new Set(scores.map((s) => s.area)).size).toBe(scores.length);
  return Number(rows[0].completed_at);
}

test('double-clicking finish, then posting the last page again, completes the test once', async ({ page }) => {
  const m = messages('nl');
  const answers = growthTestAnswers();
  const token = await startByRequest(page.request, 'nl');
  await answerByRequest(page.request, 'nl', token, answers, 'follow_up');
  await page.goto(`/vragenlijst/${token}/follow_up`);
  await answerSection(page, sectionById('follow_up'), answers, 'nl');

  const finishPosts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/follow_up')) finishPosts.push(r.url());
  });
  await page.getByRole('button', { name: m.survey.finish, exact: true }).dblclick();
  await page.waitForURL(new RegExp(`/rapport/${token.replace('.', '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();
  test.info().annotations.push({ type: 'finish posts sent by the double click', description: String(finishPosts.length) });
  expect(finishPosts.length).toBeGreaterThanOrEqual(1);
  const completedAt = await expectCompletedOnce(token);

  // The same form again, as a browser resends it after "back" or a retry.
  const again = await postSection(page.request, 'nl', token, 'follow_up', answers);
  expect(again.status()).toBe(303);
  expect(again.headers().location).toBe(localised('nl', `/rapport/${token}`));
  expect(await expectCompletedOnce(token)).toBe(completedAt);
  expect(await storedAreaScores(responseIdOf(token))).toHaveLength(9);
});

test('two finishing posts at the same moment complete the test once', async ({ request }) => {
  const answers = growthTestAnswers({ weakest: 'relationships' });
  const token = await startByRequest(request, 'en');
  await answerByRequest(request, 'en', token, answers, 'follow_up');
  const posts = await Promise.all([1, 2, 3].map(() => postSection(request, 'en', token, 'follow_up', answers)));
  for (const post of posts) {
    expect(post.status()).toBe(303);
    expect(post.headers().location).toBe(localised('en', `/rapport/${token}`));
  }
  await expectCompletedOnce(token);
  expect(await storedAreaScores(responseIdOf(token))).toHaveLength(9);
});
