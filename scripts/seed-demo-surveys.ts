/**
 * The demo's customer and team surveys (issue 9): one demo client runs a
 * customer-satisfaction survey answered over the last twelve months (the
 * NPS improves month by month), a complaint-threshold survey and a team
 * survey of twelve employees; another client's team survey has three
 * answers, so its results stay withheld.
 *
 * Made the way real ones are: the coach creates each survey through
 * createSurvey (the create form's own function), and every answer is a
 * response started, saved and completed through the respondent's functions.
 * Only the moment differs: completeResponse takes the completion time, and
 * the seed passes one in the past, so the answers and their facts' months
 * spread over the year. Starts skip the public link's throttle (startSurvey),
 * which exists against floods, not against the seed.
 */
import { eq, sql } from 'drizzle-orm';
import { companies, surveys, users } from '../db/schema.ts';
import { surveyForInstance } from '../src/lib/families/index.ts';
import { COMMENT_QUESTION_ID } from '../src/lib/families/common/comment.ts';
import type { Database } from '../src/lib/server/db.ts';
import { createSurvey } from '../src/lib/server/owner-surveys.ts';
import { completeResponse, saveAnswers, startResponse } from '../src/lib/server/queries/responses.ts';
import { findInstance, type SurveyInstanceRow } from '../src/lib/server/queries/surveys.ts';
import { publicAttribution } from '../src/lib/server/survey-start.ts';
import { issueToken } from '../src/lib/server/tokens.ts';
import { DONT_KNOW, type Answers, type AnswerValue } from '../src/lib/surveys/answers.ts';
import type { Question, Survey } from '../src/lib/surveys/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The client that runs the customer surveys, and the one whose small team keeps its results withheld. */
export const DEMO_SURVEY_CLIENT = 'Hotel De Zeeuwse Kust';
export const DEMO_SMALL_TEAM_CLIENT = 'Studio Noorderlicht';

/** How many answers each demo survey gets. */
export const DEMO_SURVEY_ANSWERS = {
  /** Per calendar month, twelve months: 156 in all. */
  satisfactionPerMonth: 13,
  complaints: 60,
  team: 12,
  smallTeam: 3,
} as const;

/** The complaint survey's owner option: what the hotel offers, set beside what guests want. */
const OFFERED_CHANNELS = ['phone', 'email', 'in_person'];

/** Open comments, varied in tone and language; no names, as the comment question asks. */
const SATISFACTION_COMMENTS = [
  'Vriendelijk ontvangen en alles was netjes geregeld.',
  'De kamer was schoon, maar het ontbijt begon pas laat.',
  'Great location by the sea, the staff went out of their way for us.',
  'Het duurde lang voordat iemand op mijn e-mail reageerde.',
  'Prima prijs-kwaliteitverhouding, we komen zeker terug.',
  'Check-in was slow on a busy Friday evening.',
  'Graag meer vegetarische keuzes op de kaart.',
  'Everything as promised. The invoice was clear too.',
  'De nieuwe online reservering werkt veel makkelijker dan vroeger.',
  'Parkeren was een puzzel; een bordje bij de ingang zou helpen.',
  'Houd vooral het persoonlijke contact zo, dat maakt het verschil.',
  'Wifi dropped now and then in the rooms at the back.',
];
const COMPLAINT_COMMENTS = [
  'Een chatfunctie op de website zou het een stuk makkelijker maken.',
  'I never know whom to ask when something goes wrong.',
  'Een korte bevestiging dat mijn melding binnen is, zou al helpen.',
  'Liever even bellen dan een formulier invullen.',
];
const TEAM_COMMENTS = [
  'Meer tijd om klanten echt te woord te staan.',
  'Clearer agreements between reception and housekeeping.',
  'Een vast overleg per week over klachten en complimenten.',
];

interface Mood {
  /** 0 (unhappy) to 1 (delighted): shifts every answer of one respondent. */
  level: number;
  random: () => number;
}

/** One respondent's answer to one question; undefined skips an optional question. */
function answerFor(question: Question, { level, random }: Mood): AnswerValue | undefined {
  if (!question.required && question.type !== 'longtext' && random() < 0.05) return undefined;
  const near = (max: number, min = 0) => Math.min(max, Math.max(min, Math.round(min + level * (max - min) + (random() - 0.5) * 3)));
  switch (question.type) {
    case 'scale':
      return near(10);
    case 'agreement': {
      if (!question.required && random() < 0.06) return DONT_KNOW;
      const value = near(5, 1);
      return question.reverse ? 6 - value : value;
    }
    case 'single': {
      const options = question.options.map((o) => o.value);
      // Yes/no questions about something going wrong: unhappier respondents say yes more often.
      if (options.includes('yes') && options.includes('no')) return random() > level ? 'yes' : 'no';
      return options[Math.min(options.length - 1, Math.floor((level * 0.7 + random() * 0.3) * options.length))];
    }
    case 'multiple': {
      const chosen = question.options.map((o) => o.value).filter(() => random() < 0.3);
      return chosen.length > 0 ? chosen : [question.options[Math.floor(random() * question.options.length)].value];
    }
    default:
      return undefined;
  }
}

/** A whole response's answers; the sections a condition hides are pruned by saveAnswers, as for a real respondent. */
function answersFor(survey: Survey, mood: Mood, comments: string[], commentChance: number): Answers {
  const answers: Answers = {};
  for (const question of survey.sections.flatMap((s) => s.questions)) {
    const value = question.id === COMMENT_QUESTION_ID ? (mood.random() < commentChance ? comments[Math.floor(mood.random() * comments.length)] : undefined) : answerFor(question, mood);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}

/** One respondent's whole journey through the public link, completed at `completedAt`. */
async function answerOnce(instance: SurveyInstanceRow, survey: Survey, answers: Answers, completedAt: Date, random: () => number, db: Database): Promise<void> {
  // A respondent takes a few minutes between opening the link and finishing.
  const startedAt = new Date(completedAt.getTime() - Math.floor(2 + random() * 8) * 60_000);
  const attribution = { ...publicAttribution(instance), isDemo: true, createdAt: startedAt };
  const locale = random() < 0.8 ? 'nl' : 'en';
  const started = await startResponse(issueToken().token, { instanceId: instance.id, survey }, locale, attribution, db);
  const saved = await saveAnswers(started!, survey, { answers, cleared: [], sectionId: survey.sections.at(-1)!.id }, db);
  const done = await completeResponse(saved, survey, db, completedAt);
  if (!done.ok) throw new Error(`demo answer to ${instance.title} incomplete at ${done.missingSectionId}`);
}

/** Creates a survey through the owner's create form, as the coach. */
async function createDemoSurvey(actor: typeof users.$inferSelect, companyId: string, template: string, title: string, db: Database): Promise<SurveyInstanceRow> {
  const form = new FormData();
  for (const [name, value] of [['company', companyId], ['template', template], ['title', title], ['locales', 'nl'], ['locales', 'en']]) form.append(name, value);
  const created = await createSurvey(actor, form, 'nl', new Date(), db);
  if (!created?.ok) throw new Error(`demo survey "${title}" not created: ${JSON.stringify(created)}`);
  return (await findInstance(created.id, db))!;
}

/** A moment in the calendar month `monthsAgo` months before now (UTC), never in the future. */
function momentInMonth(now: Date, monthsAgo: number, random: () => number): Date {
  const day = 1 + Math.floor(random() * 28);
  const moment = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, day, 8 + Math.floor(random() * 12), Math.floor(random() * 60));
  return new Date(Math.min(moment, now.getTime() - Math.floor(1 + random() * 600) * 60_000));
}

export interface DemoSurveyCounts {
  satisfaction: number;
  complaints: number;
  team: number;
  smallTeam: number;
}

/** Loads the demo surveys, created by the coach with this email; the accounts and clients of seed-demo.ts must exist. */
export async function seedDemoSurveys(db: Database, { random, coachEmail, now = new Date() }: { random: () => number; coachEmail: string; now?: Date }): Promise<DemoSurveyCounts> {
  const coach = await db.query.users.findFirst({ where: eq(users.email, coachEmail) });
  const client = await db.query.companies.findFirst({ where: eq(companies.name, DEMO_SURVEY_CLIENT) });
  const smallClient = await db.query.companies.findFirst({ where: eq(companies.name, DEMO_SMALL_TEAM_CLIENT) });
  if (!coach || !client || !smallClient) throw new Error('the demo surveys need the demo coach and clients');
  const counts: DemoSurveyCounts = { satisfaction: 0, complaints: 0, team: 0, smallTeam: 0 };

  const satisfaction = await createDemoSurvey(coach, client.id, 'customer-satisfaction', 'Gasttevredenheid na verblijf', db);
  const satisfactionSurvey = surveyForInstance(satisfaction)!;
  for (let monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
    // The trend: the hotel gets better over the year, so promoters grow and detractors shrink.
    const base = 0.45 + ((11 - monthsAgo) / 11) * 0.35;
    for (let i = 0; i < DEMO_SURVEY_ANSWERS.satisfactionPerMonth; i++) {
      const mood = { level: Math.min(1, Math.max(0, base + (random() - 0.5) * 0.5)), random };
      const answers = answersFor(satisfactionSurvey, mood, SATISFACTION_COMMENTS, 0.3);
      // Some skip the recommendation question: the NPS counts only those who answered it.
      if (i % 7 === 3) delete answers.recommend;
      await answerOnce(satisfaction, satisfactionSurvey, answers, momentInMonth(now, monthsAgo, random), random, db);
      counts.satisfaction++;
    }
  }

  const complaints = await createDemoSurvey(coach, client.id, 'complaint-thresholds', 'Drempels bij klachten', db);
  // The create form offers no options yet; the owner's choice of channels is stored as the options column holds it.
  await db.update(surveys).set({ options: { offeredChannels: OFFERED_CHANNELS } }).where(eq(surveys.id, complaints.id));
  const complaintsInstance = (await findInstance(complaints.id, db))!;
  const complaintsSurvey = surveyForInstance(complaintsInstance)!;
  for (let i = 0; i < DEMO_SURVEY_ANSWERS.complaints; i++) {
    const mood = { level: 0.3 + random() * 0.6, random };
    const completedAt = new Date(now.getTime() - Math.floor(1 + random() * 90) * DAY_MS);
    await answerOnce(complaintsInstance, complaintsSurvey, answersFor(complaintsSurvey, mood, COMPLAINT_COMMENTS, 0.15), completedAt, random, db);
    counts.complaints++;
  }

  for (const [company, title, answers, key] of [
    [client, 'Klantgerichtheid in ons team', DEMO_SURVEY_ANSWERS.team, 'team'],
    [smallClient, 'Teampeiling klantgerichtheid', DEMO_SURVEY_ANSWERS.smallTeam, 'smallTeam'],
  ] as const) {
    const team = await createDemoSurvey(coach, company.id, 'customer-focus', title, db);
    const teamSurvey = surveyForInstance(team)!;
    for (let i = 0; i < answers; i++) {
      const mood = { level: 0.5 + random() * 0.35, random };
      const completedAt = new Date(now.getTime() - Math.floor(1 + random() * 20) * DAY_MS);
      await answerOnce(team, teamSurvey, answersFor(teamSurvey, mood, TEAM_COMMENTS, 0.25), completedAt, random, db);
      counts[key]++;
    }
  }
  // A survey exists from its first answer on, not from the day the demo was loaded.
  await db.run(sql`update surveys set created_at = coalesce((select min(created_at) from responses where survey_instance_id = surveys.id), created_at)
    where company_id in (${client.id}, ${smallClient.id})`);
  return counts;
}
