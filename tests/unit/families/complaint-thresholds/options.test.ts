import { describe, expect, test } from 'vitest';
import { applyOptions, optionsSchema, templates } from '../../../../src/lib/families/complaint-thresholds/index.ts';

const [template] = templates;

describe('owner options', () => {
  test('the channels the company offers are an owner setting, in the order asked, never a question', () => {
    const options = optionsSchema.parse({ offeredChannels: ['email', 'post', 'email'] });
    expect(options.offeredChannels).toEqual(['post', 'email']);
    const ids = applyOptions(template, options).sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids.some((id) => id.includes('offer'))).toBe(false);
  });

  test('contact details only when switched on, and then behind consent', () => {
    const sectionIds = (askContact: boolean) => applyOptions(template, optionsSchema.parse({ askContact })).sections.map((s) => s.id);
    expect(sectionIds(false)).not.toContain('contact');
    expect(sectionIds(true).slice(-2)).toEqual(['follow_up', 'contact']);
  });

  test.each([[{ offeredChannels: ['pigeon'] }], [{ offeredChannels: 'email' }]])('refuses %j', (bad) => {
    expect(optionsSchema.safeParse(bad).success).toBe(false);
  });
});
