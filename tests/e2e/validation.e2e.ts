/**
 * Invalid input: the page comes back with an error summary and a message at
 * each field, in the page's language, and nothing already given is lost.
 */
import { expect, test } from '@playwright/test';
import { growthTestAnswers } from './fixtures/answers.ts';
import { localised, messages, pick, sectionById } from './fixtures/catalogue.ts';
import { answerByRequest, startByRequest } from './fixtures/requests.ts';
import { visibleQuestions } from '../../src/lib/surveys/engine.ts';
import { answerSection, choice, forwardButton, questionGroup, questionName } from './fixtures/respondent.ts';

for (const locale of ['nl', 'en'] as const) {
  test(`an incomplete page shows the errors in ${locale === 'nl' ? 'Dutch' : 'English'} and keeps the answers given`, async ({ page }) => {
    const m = messages(locale);
    const answers = growthTestAnswers();
    const token = await startByRequest(page.request, locale);
    await answerByRequest(page.request, locale, token, answers, 'ambition');
    await page.goto(localised(locale, `/vragenlijst/${token}/ambition`));

    // Nothing answered at all.
    const section = sectionById('ambition');
    // What this profile (2 to 9 people) is shown: the solo wordings stay hidden.
    const questions = visibleQuestions(section, answers);
    await forwardButton(page, locale).click();
    // Nothing answered: the summary asks to answer, it does not say something was filled in wrongly.
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
    await expect(summary.getByRole('heading', { name: m.growthReport.summaryNothingTitle })).toBeVisible();
    await expect(summary).toContainText(m.growthReport.summaryNothingHint);
    await expect(summary.getByRole('link')).toHaveCount(questions.length);
    await expect(page).toHaveURL(new RegExp(`/vragenlijst/${token}/ambition$`));

    // Two answered, three not: the two stay checked, only the three are flagged.
    const [first, second, ...rest] = questions;
    await answerSection(page, section, answers, locale, [first.id, second.id]);
    await forwardButton(page, locale).click();
    await expect(summary.getByRole('heading', { name: m.growthReport.summaryUnansweredTitle })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveCount(rest.length);
    await expect(choice(page, first, answers[first.id] as number, locale)).toBeChecked();
    await expect(choice(page, second, answers[second.id] as number, locale)).toBeChecked();
    // Each link names its question (without its closing punctuation) and what to fix.
    await expect(summary.getByRole('link')).toHaveText(rest.map((q) => `${pick(q.text, locale).replace(/[.?!]$/, '')}: ${m.errors.required}`));
    for (const question of rest) {
      const group = questionGroup(page, question, locale);
      await expect(group).toHaveAccessibleDescription(m.errors.required);
      await expect(group.getByText(m.errors.required)).toBeVisible();
    }
    await expect(questionGroup(page, first, locale).getByText(m.errors.required)).toHaveCount(0);

    // The summary's link leads to its question.
    await summary.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`#q-${rest[0].id}$`));
  });
}

test('a malformed e-mail address gets a localised message and keeps the other fields', async ({ page }) => {
  for (const locale of ['en', 'nl'] as const) {
    const m = messages(locale);
    const answers = growthTestAnswers({ consent: 'yes', contact: { name: 'Sam Jansen', company: 'Jansen Bouw', email: 'sam-at-jansen' } });
    const token = await startByRequest(page.request, locale);
    await answerByRequest(page.request, locale, token, answers, 'contact');
    await page.goto(localised(locale, `/vragenlijst/${token}/contact`));

    await answerSection(page, sectionById('contact'), answers, locale);
    await forwardButton(page, locale).click();

    const contact = sectionById('contact').questions;
    const field = (id: string) => page.getByRole('textbox', { name: questionName(contact.find((q) => q.id === id)!, locale), exact: true });
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([`${pick(contact[2].text, locale)}: ${m.errors.invalid_email}`]);
    await expect(field('email')).toHaveAccessibleDescription(m.errors.invalid_email);
    await expect(field('email')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('email')).toHaveValue('sam-at-jansen');
    await expect(field('name')).toHaveValue('Sam Jansen');
    await expect(field('company')).toHaveValue('Jansen Bouw');
    await expect(page).toHaveURL(new RegExp(`/vragenlijst/${token}/contact$`));
  }
});
