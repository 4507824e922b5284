/** The closing open question of the customer and team surveys; its answers are the results page's comments. */
import type { Localized, SurveyInput } from '../../surveys/schema.ts';

export const COMMENT_QUESTION_ID = 'comment';

/** A last, optional section with one open question. Comments are shown to the owner, so it asks for no names. */
export function commentSection(text: Localized): SurveyInput['sections'][number] {
  return {
    id: 'feedback',
    title: { nl: 'Tot slot', en: 'Finally' },
    questions: [
      {
        id: COMMENT_QUESTION_ID,
        type: 'longtext',
        required: false,
        maxLength: 2000,
        text,
        help: {
          nl: 'Zet hier liever geen namen of andere persoonsgegevens in.',
          en: 'Please leave out names and other personal details.',
        },
      },
    ],
  };
}
