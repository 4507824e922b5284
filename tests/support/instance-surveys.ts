/**
 * Survey instances for tests that run the real server: a coach's client
 * with a customer-satisfaction survey made through the owner's create
 * function, and a client that answers one by its public link (/v/<publicId>)
 * the way a browser does.
 */
import type { Client } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { surveys } from '../../db/schema.ts';
import { currentSurvey } from '../../src/lib/families/index.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { createDb, type Database } from '../../src/lib/server/db.ts';
import { createSurvey, setSurveyOpen } from '../../src/lib/server/owner-surveys.ts';
import { createCompany, createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import type { Survey } from '../../src/lib/surveys/schema.ts';
import { DEMO_PASSWORD } from './demo-password.ts';
import type { Answers } from '../../src/lib/surveys/answers.ts';
import { GrowthTestClient, type AnswerPlan, type FormFields, type Reply } from './growth-test.ts';

/** The customer-satisfaction template as a survey with default options serves it (no contact step). */
export const satisfactionSurvey: Survey = (() => {
  const survey = currentSurvey('customer-satisfaction')!;
  return { ...survey, sections: survey.sections.filter((s) => !['follow_up', 'contact'].includes(s.id)) };
})();

export interface SurveyWorld {
  db: Database;
  coach: { id: string; email: string };
  companyId: string;
  /** Instance id and public id of each survey made. */
  open: { id: string; publicId: string };
  closed: { id: string; publicId: string };
}

/** A coach, a client company, an open and a closed customer-satisfaction survey (titles as given). */
export async function seedSurveyWorld(client: Client, titles: { open?: string; closed?: string } = {}): Promise<SurveyWorld> {
  const db = createDb(client);
  const organisation = await createOrganisation('Proefbureau', null, db);
  const company = await createCompany({ organisationId: organisation.id, name: 'Klant van de proef' }, db);
  const email = 'coach@proefbureau.test';
  const coach = await createUser({ email, name: 'Coach', password: DEMO_PASSWORD, role: 'consultant', organisationId: organisation.id }, db);
  const make = async (title: string) => {
    const form = new FormData();
    for (const [name, value] of [['company', company.id], ['template', 'customer-satisfaction'], ['title', title], ['locales', 'nl'], ['locales', 'en']]) form.append(name, value);
    const created = await createSurvey(coach, form, 'nl', new Date(), db);
    if (!created?.ok) throw new Error(`survey not created: ${JSON.stringify(created)}`);
    const [row] = await db.select({ id: surveys.id, publicId: surveys.publicId }).from(surveys).where(eq(surveys.id, created.id));
    return row;
  };
  const open = await make(titles.open ?? 'Klanttevredenheid voorjaar');
  const closed = await make(titles.closed ?? 'Klanttevredenheid vorig jaar');
  await setSurveyOpen(coach, closed.id, false, db);
  return { db, coach: { id: coach.id, email }, companyId: company.id, open, closed };
}

const TOKEN_FIELD = /name="token" value="([a-z2-7]{16}\.[a-z2-7]{32})"/;

/** A respondent on a survey's public link. */
export class PublicSurveyClient extends GrowthTestClient {
  /** The token the public start page issues (not stored until posted). */
  async newSurveyToken(publicId: string, locale: 'nl' | 'en' = 'nl'): Promise<string> {
    const reply = await this.request(`${locale === 'en' ? '/en' : ''}/v/${publicId}`);
    const match = TOKEN_FIELD.exec(reply.body);
    if (reply.status !== 200 || !match) throw new Error(`public start page gave ${reply.status} without a token`);
    return match[1];
  }

  /** Creates the response: 303 to the first section. */
  startSurvey(publicId: string, token: string, extra: FormFields = {}): Promise<Reply> {
    return this.postForm(`/v/${publicId}`, { token, website: '', ...extra });
  }
}

/** A valid answer to every satisfaction section, varied by `i`, with the comment as given: the posts and what they store. */
export function satisfactionPlan(i: number, comment = `Opmerking ${i}`): AnswerPlan {
  const services = satisfactionSurvey.sections.find((s) => s.id === 'service_levels')!.questions.map((q) => q.id);
  const answers: Answers = { expectation: ['less', 'as', 'more'][i % 3], recommend: i % 11 };
  services.forEach((id, k) => (answers[id] = 1 + ((i + k) % 5)));
  answers.comment = comment;
  const fields = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, String(answers[id])]));
  return {
    answers,
    sections: [
      { id: 'experience', fields: fields(['expectation', 'recommend']) },
      { id: 'service_levels', fields: fields(services) },
      { id: 'feedback', fields: fields(['comment']) },
    ],
  };
}
