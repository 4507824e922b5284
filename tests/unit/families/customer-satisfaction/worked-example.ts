/** The worked example of docs/scoring.md, shared by the results and PDF tests. */
import type { Answers } from '../../../../src/lib/surveys/answers.ts';

// The worked example of docs/scoring.md: ten customers over two months.
export const WORKED: { month: string; answers: Answers }[] = [
  { month: '2026-01', answers: { expectation: 'more', recommend: 10, service_quality: 4 } },
  { month: '2026-01', answers: { expectation: 'more', recommend: 9, service_quality: 5, service_costs: 2 } },
  { month: '2026-01', answers: { expectation: 'as', recommend: 9, service_quality: 3 } },
  { month: '2026-01', answers: { expectation: 'as', recommend: 8, service_quality: 'dk', service_costs: 2 } },
  { month: '2026-01', answers: { expectation: 'as', recommend: 7 } },
  { month: '2026-02', answers: { expectation: 'less', recommend: 7 } },
  { month: '2026-02', answers: { expectation: 'as', recommend: 6 } },
  { month: '2026-02', answers: { expectation: 'less', recommend: 3 } },
  { month: '2026-02', answers: { expectation: 'as' } },
  { month: '2026-02', answers: { expectation: 'more', comment: 'Snelle levering.' } },
];
