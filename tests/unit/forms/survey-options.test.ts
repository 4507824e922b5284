/**
 * The family-specific choices of the new survey form: read from a post,
 * checked by the family's own schema, kept on error with a message at the
 * field, and the family's defaults when the post carries no such fields.
 */
import { describe, expect, test } from 'vitest';
import { FAMILIES } from '../../../src/lib/families/index.ts';
import { optionValues, parseOptions } from '../../../src/lib/forms/survey-options.ts';
import type { AnyFamily } from '../../../src/lib/families/index.ts';

const satisfaction = FAMILIES['customer-satisfaction'] as unknown as AnyFamily;
const complaints = FAMILIES['complaint-thresholds'] as unknown as AnyFamily;

function form(values: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of values) data.append(k, v);
  return data;
}

describe('survey options from the form', () => {
  test('satisfaction: the service levels ticked and contact details asked', () => {
    const posted = form([['opt.customer-satisfaction', '1'], ['opt.customer-satisfaction.serviceLevels', 'quality'], ['opt.customer-satisfaction.serviceLevels', 'costs'], ['opt.customer-satisfaction.askContact', 'on']]);
    expect(parseOptions(satisfaction, posted, 'nl')).toEqual({ ok: true, options: { serviceLevels: ['quality', 'costs'], askContact: true } });
  });

  test('complaint thresholds: the channels the company offers', () => {
    const posted = form([['opt.complaint-thresholds', '1'], ['opt.complaint-thresholds.offeredChannels', 'email'], ['opt.complaint-thresholds.offeredChannels', 'phone']]);
    expect(parseOptions(complaints, posted, 'en')).toEqual({ ok: true, options: { offeredChannels: ['phone', 'email'], askContact: false } });
  });

  test('a post without the fields gets the family’s defaults, not every box unticked', () => {
    expect(parseOptions(satisfaction, form([]), 'nl')).toEqual({ ok: true, options: { serviceLevels: ['complaints', 'quality', 'communication', 'management_info', 'costs'], askContact: false } });
  });

  test('a value not on the list is refused at its field, in the reader’s language, and the values are kept', () => {
    const posted = form([['opt.complaint-thresholds', '1'], ['opt.complaint-thresholds.offeredChannels', 'pigeon']]);
    const result = parseOptions(complaints, posted, 'en');
    expect(result).toEqual({ ok: false, fieldErrors: { 'opt.complaint-thresholds.offeredChannels': 'These choices do not fit this kind of survey.' } });
    expect(optionValues([complaints], posted)['opt.complaint-thresholds.offeredChannels']).toEqual(['pigeon']);
  });

  test('a fresh form shows the defaults: every service level on, no contact details', () => {
    const values = optionValues([satisfaction, complaints]);
    expect(values['opt.customer-satisfaction.serviceLevels']).toHaveLength(5);
    expect(values['opt.customer-satisfaction.askContact']).toEqual([]);
    expect(values['opt.complaint-thresholds.offeredChannels']).toEqual([]);
  });
});
