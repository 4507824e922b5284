/**
 * Leave halfway, come back through the personal link in another browser
 * (no cookies), and carry on where you were with every answer intact.
 */
import { expect, test } from '@playwright/test';
import { growthTestAnswers } from './fixtures/answers.ts';
import { messages, pick, sectionById } from './fixtures/catalogue.ts';
import { currentSectionId, expectSectionAnswered, startFromHome, takeGrowthTest } from './fixtures/respondent.ts';

test('the resume link brings a new browser back to the next unanswered page', async ({ page, browser }) => {
  const m = messages('nl');
  const answers = growthTestAnswers({ weakest: 'satisfaction' });
  await startFromHome(page, 'nl');
  // Four pages answered: context, ambition, core_customers, business_model.
  await takeGrowthTest(page, { locale: 'nl', answers, stopAt: 'customer_focus' });

  const details = page.getByRole('group').filter({ hasText: m.survey.resumeTitle });
  await page.getByText(m.survey.resumeTitle, { exact: true }).click();
  const link = details.getByRole('link');
  await expect(link).toBeVisible();
  const resumeUrl = (await link.getAttribute('href'))!;
  expect(resumeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hervatten\/[a-z2-7]{16}\.[a-z2-7]{32}$/);

  // The same browser is offered to continue from the start page (it remembers the test in a cookie).
  await page.goto('/groeitest');
  await expect(page.getByRole('heading', { name: m.start.continueTitle })).toBeVisible();
  await page.getByRole('link', { name: m.start.continue }).click();
  await page.waitForURL(/\/customer_focus$/);
  await page.close();

  const elsewhere = await browser.newContext();
  try {
    expect(await elsewhere.cookies()).toEqual([]);
    const later = await elsewhere.newPage();
    await later.goto(resumeUrl);
    expect(currentSectionId(later)).toBe('customer_focus');
    await expect(later.getByRole('heading', { level: 1 })).toHaveText(pick(sectionById('customer_focus').title, 'nl'));
    // Opening a link does not make the test this browser's own: a link may come from someone else.
    expect((await elsewhere.cookies()).map((c) => c.name)).not.toContain('koers_test');

    // Go back and find the previous page as it was left.
    await later.getByRole('button', { name: m.survey.back, exact: true }).click();
    await later.waitForURL(/\/business_model$/);
    await expectSectionAnswered(later, sectionById('business_model'), answers, 'nl');
    await later.getByRole('button', { name: m.survey.back, exact: true }).click();
    await later.waitForURL(/\/core_customers$/);
    await expectSectionAnswered(later, sectionById('core_customers'), answers, 'nl');

    // And it can be finished from there.
    await takeGrowthTest(later, { locale: 'nl', answers });
    await expect(later.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});
