/**
 * The survey engine's rules: which sections and questions are visible given
 * the answers so far, where a respondent is, and whether a response is
 * complete. Pure: definitions and answers in, facts out.
 */
import type { Answers } from './answers.ts';
import type { Condition, Question, Section, Survey } from './schema.ts';

export function conditionMet(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  const value = answers[condition.question];
  if (value === undefined) return false;
  const wanted = condition.anyOf.map(String);
  return Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(String(value));
}

export function visibleSections(survey: Survey, answers: Answers): Section[] {
  return survey.sections.filter((section) => conditionMet(section.showIf, answers));
}

export function visibleQuestions(section: Section, answers: Answers): Question[] {
  return section.questions.filter((question) => conditionMet(question.showIf, answers));
}

export function findSection(survey: Survey, sectionId: string): Section | undefined {
  return survey.sections.find((section) => section.id === sectionId);
}

/**
 * Drops answers to questions that are no longer visible (an earlier answer
 * changed) and to ids the survey does not have. Without this, a respondent
 * who withdraws consent would still have their name stored.
 */
export function pruneAnswers(survey: Survey, answers: Answers): Answers {
  const kept: Answers = {};
  for (const section of survey.sections) {
    // Visibility is judged on the answers kept so far: conditions only look back.
    if (!conditionMet(section.showIf, kept)) continue;
    for (const question of section.questions) {
      if (conditionMet(question.showIf, kept) && answers[question.id] !== undefined) {
        kept[question.id] = answers[question.id];
      }
    }
  }
  return kept;
}

export interface Position {
  /** 1-based step number among the visible sections. */
  step: number;
  total: number;
  previous?: Section;
  next?: Section;
}

export function positionOf(survey: Survey, answers: Answers, sectionId: string): Position | undefined {
  const sections = visibleSections(survey, answers);
  const index = sections.findIndex((section) => section.id === sectionId);
  if (index === -1) return undefined;
  return { step: index + 1, total: sections.length, previous: sections[index - 1], next: sections[index + 1] };
}

/** How far a respondent is, in questions: visible questions answered of all visible now (a later answer can show more). */
export function answerProgress(survey: Survey, answers: Answers): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const section of visibleSections(survey, answers)) {
    for (const question of visibleQuestions(section, answers)) {
      total++;
      if (answers[question.id] !== undefined) answered++;
    }
  }
  return { answered, total };
}

/** Required visible questions without an answer, in the order they are asked. */
export function missingAnswers(survey: Survey, answers: Answers): { section: Section; question: Question }[] {
  const missing: { section: Section; question: Question }[] = [];
  for (const section of visibleSections(survey, answers)) {
    for (const question of visibleQuestions(section, answers)) {
      if (question.required && answers[question.id] === undefined) missing.push({ section, question });
    }
  }
  return missing;
}

/**
 * Where a returning respondent continues: the first visible section with a
 * required question unanswered, or else the one after the last they saved.
 */
export function resumeSection(survey: Survey, answers: Answers, lastSectionId: string | null): Section {
  const sections = visibleSections(survey, answers);
  const firstGap = missingAnswers(survey, answers)[0]?.section;
  const lastIndex = lastSectionId ? sections.findIndex((s) => s.id === lastSectionId) : -1;
  const afterLast = sections[Math.min(lastIndex + 1, sections.length - 1)];
  if (!firstGap) return afterLast;
  return sections.indexOf(firstGap) < sections.indexOf(afterLast) ? firstGap : afterLast;
}
