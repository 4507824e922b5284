/** The satisfaction results as the JSON API returns them: the page's figures, the NPS named for integrators and null without ratings. */
import type { SatisfactionResults } from './results.ts';

export function apiResults({ headlineFigure: _headline, model: _model, respondents, nps, ...rest }: SatisfactionResults): Record<string, unknown> {
  return {
    responses: respondents,
    nps:
      nps.answers === 0
        ? null
        : { answered: nps.answers, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors, score: nps.score, marginOfError: nps.marginOfError, lowBase: nps.lowBase },
    ...rest,
  };
}
