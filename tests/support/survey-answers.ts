/**
 * A complete, valid set of answers to any survey definition: each visible
 * question gets the override given for it, else a plain middle-of-the-road
 * answer (required open questions a short text). For tests that need
 * completed responses of any family without spelling out every question.
 */
import type { Answers } from '../../src/lib/surveys/answers.ts';
import { visibleQuestions, visibleSections } from '../../src/lib/surveys/engine.ts';
import type { Question, Survey } from '../../src/lib/surveys/schema.ts';

function plainAnswer(question: Question): Answers[string] | undefined {
  switch (question.type) {
    case 'agreement':
      return 4;
    case 'scale':
      return 8;
    case 'single':
      return question.options[0].value;
    case 'multiple':
      return [question.options[0].value];
    case 'number':
      return question.min;
    default:
      return question.required ? 'ok' : undefined;
  }
}

export function answersFor(survey: Survey, overrides: Answers = {}): Answers {
  const answers: Answers = {};
  // Visibility depends on earlier answers: walk the sections in order as a respondent would, asking again at each.
  for (const section of survey.sections) {
    if (!visibleSections(survey, { ...overrides, ...answers }).some((s) => s.id === section.id)) continue;
    for (const question of visibleQuestions(section, { ...overrides, ...answers })) {
      const value = question.id in overrides ? overrides[question.id] : plainAnswer(question);
      if (value !== undefined) answers[question.id] = value;
    }
  }
  return answers;
}
