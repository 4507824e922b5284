/**
 * A minimal HTTP client that does the Growth Test the way a browser without
 * JavaScript does: GET the start page for a token, POST it, then POST each
 * section form. No cookies, no redirects followed: every test sees the
 * server's own status and Location.
 */
import { DONT_KNOW, type Answers } from '../../src/lib/surveys/answers.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../src/lib/families/index.ts';
import { visibleQuestions, visibleSections } from '../../src/lib/surveys/engine.ts';
import type { Survey } from '../../src/lib/surveys/schema.ts';

export const growthTest: Survey = currentSurvey(GROWTH_TEST_ID)!;

export type FormFields = Record<string, string | string[]>;

export interface Reply {
  status: number;
  /** The Location header, for redirects. */
  location: string | null;
  body: string;
}

/** The server or servers to talk to: one base URL, or a function that picks one per request (a load balancer). */
export type Target = string | (() => string);

const TOKEN_FIELD = /name="token" value="([a-z2-7]{16}\.[a-z2-7]{32})"/;

export function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return params.toString();
}

export interface ClientOptions {
  /**
   * X-Forwarded-For to send (the server must run with TRUST_PROXY=1): a
   * fixed address, or one per request. Load from many respondents comes
   * from many addresses, so the per-address throttles see it as it would be.
   */
  forwardedFor?: string | (() => string);
}

export class GrowthTestClient {
  constructor(
    private readonly target: Target,
    private readonly options: ClientOptions = {},
  ) {}

  private forwarded(): Record<string, string> {
    const { forwardedFor } = this.options;
    if (!forwardedFor) return {};
    return { 'x-forwarded-for': typeof forwardedFor === 'string' ? forwardedFor : forwardedFor() };
  }

  private base(): string {
    return typeof this.target === 'string' ? this.target : this.target();
  }

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const base = this.base();
    const response = await fetch(base + path, { redirect: 'manual', ...init, headers: { ...this.forwarded(), ...(init.headers as Record<string, string>) } });
    return { status: response.status, location: response.headers.get('location'), body: await response.text() };
  }

  /** A form post the way a browser sends it, with the Origin that Astro's checkOrigin wants. */
  postForm(path: string, fields: FormFields): Promise<Reply> {
    const base = this.base();
    return fetch(base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...this.forwarded() },
      body: encodeForm(fields),
    }).then(async (response) => ({
      status: response.status,
      location: response.headers.get('location'),
      body: await response.text(),
    }));
  }

  /** The token the start page issues (not stored until posted). */
  async newToken(locale: 'nl' | 'en' = 'nl'): Promise<string> {
    const reply = await this.request(locale === 'en' ? '/en/groeitest' : '/groeitest');
    const match = TOKEN_FIELD.exec(reply.body);
    if (reply.status !== 200 || !match) throw new Error(`start page gave ${reply.status} without a token`);
    return match[1];
  }

  /** Creates the response: 303 to the first section. */
  start(token: string): Promise<Reply> {
    return this.postForm('/groeitest', { token });
  }

  postSection(token: string, sectionId: string, fields: FormFields, action: 'next' | 'back' = 'next'): Promise<Reply> {
    return this.postForm(`/vragenlijst/${token}/${sectionId}`, { section: sectionId, ...fields, action });
  }

  saveDraft(token: string, sectionId: string, fields: FormFields): Promise<Reply> {
    return this.postForm(`/api/responses/${token}/draft`, { section: sectionId, ...fields });
  }
}

/**
 * A different documentation address (198.18.0.0/15) each call: respondents
 * of a load test come from many places, as real ones do, so the per-address
 * throttles see the load as they would in production.
 */
export function manyAddresses(): () => string {
  let next = 0;
  return () => {
    const n = next++ % 131_072;
    return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  };
}

/** What one imaginary respondent answers: stored values, and the form posts that give them, section by section. */
export interface AnswerPlan {
  /** The answers as the database should hold them. */
  answers: Answers;
  /** The visible sections in order, each with the form fields to post. */
  sections: { id: string; fields: FormFields }[];
}

/** The demo data's seeded generator, so every run of a test makes the same choices. */
export { seededRandom } from '../../scripts/seed-demo.ts';

/**
 * A complete, valid set of answers. `consent` forces the follow-up answer
 * (and so whether the contact section is shown); otherwise it is random.
 */
export function planAnswers(random: () => number, options: { consent?: 'yes' | 'no'; label?: string } = {}): AnswerPlan {
  const answers: Answers = {};
  const label = options.label ?? Math.floor(random() * 1e9).toString(36);
  for (const section of growthTest.sections) {
    for (const question of section.questions) {
      switch (question.type) {
        case 'agreement':
          answers[question.id] = random() < 0.08 ? DONT_KNOW : 1 + Math.floor(random() * 5);
          break;
        case 'single':
          answers[question.id] =
            question.id === 'consent' && options.consent
              ? options.consent
              : question.options[Math.floor(random() * question.options.length)].value;
          break;
        case 'text':
          answers[question.id] = question.format === 'email' ? `tester-${label}@example.nl` : `Tester ${label} ${question.id}`;
          break;
        default:
          throw new Error(`planAnswers: no generator for ${question.type} (${question.id})`);
      }
    }
  }
  // Keep only what is visible with these answers (the contact section needs consent).
  const visible = visibleSections(growthTest, answers);
  const kept: Answers = {};
  const sections = visible.map((section) => {
    const fields: FormFields = {};
    for (const question of visibleQuestions(section, answers)) {
      kept[question.id] = answers[question.id];
      const value = answers[question.id];
      fields[question.id] = Array.isArray(value) ? value : String(value);
    }
    return { id: section.id, fields };
  });
  return { answers: kept, sections };
}

/** The id half of a `<id>.<secret>` token: the responses table's primary key. */
export function responseId(token: string): string {
  return token.split('.')[0];
}

/** True when a reply is the redirect to this response's report: the completion was acknowledged. */
export function isReportRedirect(reply: Reply, token: string): boolean {
  return reply.status === 303 && (reply.location ?? '').endsWith(`/rapport/${token}`);
}
