/**
 * The whole Growth Test as a person takes it: from the home page, page by
 * page, to the report. In Dutch, in English, and switching language halfway.
 */
import { expect, test } from '@playwright/test';
import { expectedReport, growthTestAnswers } from './fixtures/answers.ts';
import { areaName, localised, messages, survey, type Locale } from './fixtures/catalogue.ts';
import { fill } from '../../src/lib/i18n/index.ts';
import { storedAreaScores, storedResponses } from './fixtures/database.ts';
import { responseIdOf, startFromHome, takeGrowthTest } from './fixtures/respondent.ts';
import { answerProgress } from '../../src/lib/surveys/engine.ts';
import type { Page } from '@playwright/test';

async function expectReport(page: Page, locale: Locale, opportunityName: string): Promise<void> {
  const m = messages(locale);
  await expect(page.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();
  const headline = page.getByRole('region', { name: m.report.opportunityTitle });
  await expect(headline.getByText(opportunityName, { exact: true })).toBeVisible();
}

for (const locale of ['nl', 'en'] as const) {
  test(`takes the whole Growth Test in ${locale === 'nl' ? 'Dutch' : 'English'} from the home page`, async ({ page }) => {
    const m = messages(locale);
    const weakest = locale === 'nl' ? 'branding' : 'complaints';
    const answers = growthTestAnswers({ weakest });
    const expected = expectedReport(weakest);
    const token = await startFromHome(page, locale);
    if (locale === 'en') expect(new URL(page.url()).pathname).toMatch(/^\/en\//);

    // Progress counts questions answered (none yet) of those visible without answers.
    const total = answerProgress(survey, {}).total;
    const progress = page.getByRole('progressbar', { name: fill(m.survey.answeredOf, { answered: 0, total }), exact: true });
    await expect(progress).toHaveAttribute('max', String(total));
    await expect(progress).toHaveAttribute('value', '0');

    const ended = await takeGrowthTest(page, { locale, answers });
    expect(ended).toBe(locale);
    expect(new URL(page.url()).pathname).toBe(localised(locale, `/rapport/${token}`));
    await expectReport(page, locale, areaName(expected.opportunity, locale));

    const [stored] = await storedResponses(responseIdOf(token));
    expect(stored).toMatchObject({ status: 'completed', locale });
    expect(JSON.parse(stored.answers)).toEqual(answers);
    const scores = await storedAreaScores(responseIdOf(token));
    expect(Object.fromEntries(scores.map((s) => [s.area, String(s.score)]))).toEqual(expected.areaScores);
  });
}

test('switching language halfway keeps the answers and the place', async ({ page }) => {
  const answers = growthTestAnswers({ weakest: 'ambition' });
  await startFromHome(page, 'nl');
  const ended = await takeGrowthTest(page, { locale: 'nl', answers, switchLanguageAt: 'customer_focus' });
  expect(ended).toBe('en');
  expect(new URL(page.url()).pathname).toMatch(/^\/en\/rapport\//);
  await expectReport(page, 'en', areaName(expectedReport('ambition').opportunity, 'en'));
});
