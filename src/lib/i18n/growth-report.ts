/** Texts of the personal Growth Test report (issue 12): the "why" in the respondent's own answers, the PDF cover. */
export const nlGrowthReport = {
  weakestIntro: 'Dit zijn je zwakste antwoorden in dit gebied:',
  weakestAnswer: 'je antwoord: {answer}',
  /** {areas}: the other area names, joined. */
  tieWeight: 'Ook {areas} scoorde {score}. Dit gebied komt eerst omdat het zwaarder weegt: groei begint bij een gedurfde ambitie en weten wie je kernklanten zijn.',
  tieLowerScore: 'Even ver van 100, gewogen, lag ook {areas}. Dit gebied komt eerst omdat het lager scoort.',
  tieOrder: 'Ook {areas} kwam even hoog uit, met dezelfde score. Dit gebied komt eerst omdat het in de test eerder komt en de andere gebieden erop voortbouwen.',
  and: 'en',
  coverFor: 'Voor',
  coverDate: 'Datum: {date}',
  coverPreparedBy: 'Aangeboden door {name}',
  coverCallToAction: 'Volgende stap: {action}',
  /** Error summary of a question page sent with nothing answered, or with only unanswered questions left. */
  summaryNothingTitle: 'Je hebt deze vragen nog niet beantwoord',
  summaryNothingHint: 'Beantwoord deze vragen:',
  summaryUnansweredTitle: 'Er missen nog antwoorden',
  summaryUnansweredHint: 'Je antwoorden zijn bewaard. Beantwoord ook deze vragen:',
};

export const enGrowthReport: typeof nlGrowthReport = {
  weakestIntro: 'These are your weakest answers in this area:',
  weakestAnswer: 'your answer: {answer}',
  tieWeight: '{areas} also scored {score}. This area comes first because it weighs more: growth starts with a bold ambition and knowing who your core customers are.',
  tieLowerScore: '{areas} was just as far from 100, weighted. This area comes first because its score is lower.',
  tieOrder: '{areas} came out just as high, with the same score. This area comes first because the test asks it earlier and the other areas build on it.',
  and: 'and',
  coverFor: 'For',
  coverDate: 'Date: {date}',
  coverPreparedBy: 'Offered by {name}',
  coverCallToAction: 'Next step: {action}',
  summaryNothingTitle: 'You have not answered these questions yet',
  summaryNothingHint: 'Please answer these questions:',
  summaryUnansweredTitle: 'Some answers are still missing',
  summaryUnansweredHint: 'Your answers are saved. Please also answer these questions:',
};

export const growthReportTexts = { nl: nlGrowthReport, en: enGrowthReport };
