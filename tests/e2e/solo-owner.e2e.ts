/**
 * A one-person business never reads a statement about staff or teams
 * (issue 12): such statements are hidden or reworded for "just me", and the
 * report quotes the wording the owner saw.
 */
import { expect, test } from '@playwright/test';
import { growthTestAnswers } from './fixtures/answers.ts';
import { messages, pick, sectionById } from './fixtures/catalogue.ts';
import { answerSection, currentSectionId, startFromHome, submitPage } from './fixtures/respondent.ts';
import { growthTestV1 } from '../../src/lib/families/growth-test/definition.ts';
import { SOLO_WORDING } from '../../src/lib/families/growth-test/definition-v2.ts';

const TEAM_STATEMENTS = growthTestV1.sections.flatMap((s) => s.questions).filter((q) => q.id in SOLO_WORDING);

test('a solo owner never sees a team statement, and the report quotes the solo wording', async ({ page }) => {
  const locale = 'nl';
  const answers = growthTestAnswers({ weakest: 'customer_focus', employees: '1' });
  await startFromHome(page, locale);
  let pages = 0;
  while (!/\/rapport\//.test(new URL(page.url()).pathname)) {
    expect(++pages, 'pages before the report').toBeLessThan(15);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const q of TEAM_STATEMENTS) expect(body, `${currentSectionId(page)} shows ${q.id}`).not.toContain(pick(q.text, locale));
    await answerSection(page, sectionById(currentSectionId(page)!), answers, locale);
    await submitPage(page, locale);
  }
  const headline = page.getByRole('region', { name: messages(locale).report.opportunityTitle });
  const items = headline.locator('ul.weakest > li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText((SOLO_WORDING.customer_focus_1 as { nl: string }).nl);
  await expect(items.nth(1)).toContainText((SOLO_WORDING.customer_focus_5 as { nl: string }).nl);
});
