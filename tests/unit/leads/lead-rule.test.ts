import { describe, expect, test } from 'vitest';
import { leadFromAnswers } from '../../../src/lib/leads/lead-rule.ts';

const consenting = { consent: 'yes', name: ' Anna de Vries ', company: 'Bakkerij Anna', email: 'anna@example.nl' };

describe('leadFromAnswers', () => {
  test('a public Growth Test with consent and details is a lead, details cleaned', () => {
    expect(leadFromAnswers('growth-test', consenting, { companyId: null })).toEqual({
      name: 'Anna de Vries',
      company: 'Bakkerij Anna',
      email: 'anna@example.nl',
      phone: null,
    });
  });

  test.each([
    ['no consent', 'growth-test', { ...consenting, consent: 'no' }, null],
    ['consent unanswered', 'growth-test', { name: 'A', email: 'a@example.nl' }, null],
    ['a customer survey with consent', 'customer-satisfaction', consenting, null],
    ['an invited client (company known)', 'growth-test', consenting, 'company-1'],
    ['consent but no e-mail', 'growth-test', { ...consenting, email: '  ' }, null],
    ['consent but no name', 'growth-test', { ...consenting, name: '\u0000' }, null],
  ])('no lead: %s', (_label, templateId, answers, companyId) => {
    expect(leadFromAnswers(templateId, answers, { companyId })).toBeNull();
  });

  test('no company given is null, control characters and line breaks go', () => {
    const lead = leadFromAnswers('growth-test', { ...consenting, company: '', name: 'A\nB\u0007' }, { companyId: null });
    expect(lead).toMatchObject({ name: 'A B', company: null });
  });
});
