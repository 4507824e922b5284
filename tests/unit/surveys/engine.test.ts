import { describe, expect, test } from 'vitest';
import { answerProgress, missingAnswers, positionOf, pruneAnswers, resumeSection, visibleSections } from '../../../src/lib/surveys/engine.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';

const context = { sector: 'retail', employees: '1', revenue: 'lt-250k', years: '2-5' };

describe('skip logic', () => {
  test('the contact section shows only with consent', () => {
    expect(visibleSections(survey, { consent: 'no' }).map((s) => s.id)).not.toContain('contact');
    expect(visibleSections(survey, { consent: 'yes' }).map((s) => s.id)).toContain('contact');
  });

  test('withdrawing consent prunes the personal answers', () => {
    const answers = { ...context, consent: 'no', name: 'Ada', email: 'ada@example.nl', unknown_question: 'x' };
    expect(pruneAnswers(survey, answers)).toEqual({ ...context, consent: 'no' });
  });

  test('the step count follows visibility', () => {
    const without = positionOf(survey, { consent: 'no' }, 'follow_up')!;
    const withConsent = positionOf(survey, { consent: 'yes' }, 'follow_up')!;
    expect(withConsent.total).toBe(without.total + 1);
    expect(without.next).toBeUndefined();
    expect(withConsent.next?.id).toBe('contact');
    expect(positionOf(survey, { consent: 'no' }, 'contact')).toBeUndefined();
  });
});

describe('progress in questions', () => {
  test('counts the visible questions answered, and consent shows the contact questions', () => {
    const none = answerProgress(survey, {});
    expect(none.answered).toBe(0);
    const started = answerProgress(survey, context);
    expect(started).toEqual({ answered: 4, total: none.total });
    const contactQuestions = survey.sections.find((s) => s.id === 'contact')!.questions.length;
    expect(answerProgress(survey, { ...context, consent: 'yes' })).toEqual({ answered: 5, total: none.total + contactQuestions });
    // An answer to a hidden question (pruned on save anyway) does not count.
    expect(answerProgress(survey, { ...context, consent: 'no', name: 'Ada' }).answered).toBe(5);
  });
});

describe('resuming', () => {
  test('a new response starts at the first section', () => {
    expect(resumeSection(survey, {}, null).id).toBe('context');
  });
  test('continues after the last saved section', () => {
    expect(resumeSection(survey, context, 'context').id).toBe('ambition');
  });
  test('goes back to an earlier section with a required gap', () => {
    expect(resumeSection(survey, { sector: 'retail' }, 'ambition').id).toBe('context');
  });
  test('missing answers list what a completion still needs', () => {
    expect(missingAnswers(survey, context)[0].question.id).toBe('ambition_1');
  });
});
