/** The canvas constraint rule and the canvas form, with the worked example of docs/scoring.md ("Business Model Canvas"). */
import { describe, expect, test } from 'vitest';
import { emptyCanvas, findConstraints, heatOf, readCanvas, variantSubjects, type CanvasBlocks } from '../../../../src/lib/analyses/canvas/model.ts';
import { CanvasSaveSchema, canvasFromForm, canvasToForm } from '../../../../src/lib/forms/canvas.ts';
import { parseForm } from '../../../../src/lib/forms/parse-form.ts';

/** The worked example: five blocks rated, as in docs/scoring.md. */
function workedExample(): CanvasBlocks {
  const canvas = emptyCanvas();
  canvas.customer_relationships = { today: 'Receptie', pluses: [], minuses: ['Geen contact na vertrek', 'Gasten komen zelden terug'], value: 2, readiness: 2 };
  canvas.channels = { today: 'Boekingssites', pluses: ['Bereik'], minuses: ['Commissie'], value: 2, readiness: 3 };
  canvas.cost_structure = { today: 'Personeel', pluses: [], minuses: ['Commissie'], value: 1, readiness: 4 };
  canvas.revenue_streams = { today: 'Per nacht', pluses: [], minuses: [], value: 1, readiness: 5 };
  canvas.value_proposition = { today: 'Kamer aan zee', pluses: ['Rust'], minuses: [], value: 4, readiness: 1 };
  canvas.key_partners = { today: '', pluses: [], minuses: [], value: 2, readiness: null };
  return canvas;
}

describe('the blocks that constrain the model most', () => {
  test('the worked example: pressure 2 × (5 − value) + (5 − readiness), value 2 or lower, at most three', () => {
    const found = findConstraints(workedExample());
    expect(found.map((c) => [c.block, c.pressure, c.netMinuses])).toEqual([
      // value 2, readiness 2: 2×3 + 3 = 9, and 2 net minuses: first of the three at 9.
      ['customer_relationships', 9, 2],
      // value 1, readiness 4: 2×4 + 1 = 9, net minuses 1.
      ['cost_structure', 9, 1],
      // value 2, readiness 3: 2×3 + 2 = 8, net minuses 1 − 1 = 0.
      ['channels', 8, 0],
    ]);
    // Revenue streams (value 1, readiness 5: 2×4 + 0 = 8, net 0) ties with channels and comes later in canvas order: fourth, not shown.
    // The value proposition (value 4) never qualifies; key partners without a readiness rating neither.
  });

  test('ties on pressure and net minuses keep canvas order', () => {
    const canvas = emptyCanvas();
    canvas.revenue_streams = { today: '', pluses: [], minuses: [], value: 2, readiness: 3 };
    canvas.key_partners = { today: '', pluses: [], minuses: [], value: 2, readiness: 3 };
    expect(findConstraints(canvas).map((c) => c.block)).toEqual(['key_partners', 'revenue_streams']);
  });

  test('at the threshold: value 2 qualifies, 3 does not', () => {
    const canvas = emptyCanvas();
    canvas.channels = { today: '', pluses: [], minuses: [], value: 3, readiness: 1 };
    canvas.key_activities = { today: '', pluses: [], minuses: [], value: 2, readiness: 5 };
    expect(findConstraints(canvas).map((c) => [c.block, c.pressure])).toEqual([['key_activities', 6]]);
  });

  test('no ratings, no constraints; variant questions then start at the value proposition and the segments', () => {
    expect(findConstraints(emptyCanvas())).toEqual([]);
    expect(variantSubjects([])).toHaveLength(6);
    expect(variantSubjects([]).map((q) => q.block)).toEqual(['value_proposition', 'customer_segments', 'value_proposition', 'customer_segments', 'value_proposition', 'customer_segments']);
  });

  test.each([
    [null, 'unrated'],
    [1, 'weak'],
    [2, 'weak'],
    [3, 'fair'],
    [4, 'strong'],
    [5, 'strong'],
  ] as const)('heat of a block rated %s is %s', (value, heat) => {
    expect(heatOf({ today: '', pluses: [], minuses: [], value, readiness: null })).toBe(heat);
  });

  test('a stored document that no longer fits reads as empty blocks, not an error', () => {
    const read = readCanvas({ channels: { today: 5 }, key_partners: { today: 'x', pluses: [], minuses: [], value: 9, readiness: 1 } });
    expect(read.channels).toEqual(emptyCanvas().channels);
    expect(read.key_partners).toEqual(emptyCanvas().key_partners);
    expect(readCanvas('nonsense')).toEqual(emptyCanvas());
  });
});

describe('the canvas form', () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    data.set('action', 'save');
    for (const [k, v] of Object.entries(entries)) data.set(k, v);
    return data;
  };

  test('reads lines as pluses and minuses, blank lines dropped, ratings as numbers, and round-trips', () => {
    const parsed = parseForm(CanvasSaveSchema, form({ 'channels-today': '  Website\r\nen balie ', 'channels-pluses': 'Bereik\n\n  Snel  \n', 'channels-value': '2', 'channels-readiness': '' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const canvas = canvasFromForm(parsed.data);
    expect(canvas.channels).toEqual({ today: 'Website\nen balie', pluses: ['Bereik', 'Snel'], minuses: [], value: 2, readiness: null });
    expect(canvasToForm(canvas)['channels-pluses']).toBe('Bereik\nSnel');
  });

  test.each([
    ['channels-value', '6', 'invalid_rating'],
    ['channels-value', '2.5', 'invalid_rating'],
    ['channels-readiness', '0', 'invalid_rating'],
    ['channels-today', 'x'.repeat(2001), 'too_long'],
    ['channels-pluses', 'y'.repeat(201), 'point_too_long'],
    ['channels-minuses', Array.from({ length: 21 }, (_, i) => `m${i}`).join('\n'), 'too_many_points'],
  ])('refuses %s = %#: %s, keeping what was typed', (name, value, code) => {
    const parsed = parseForm(CanvasSaveSchema, form({ [name]: value, 'key_partners-today': 'kept' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors[name]).toBe(code);
    expect(parsed.values['key_partners-today']).toBe('kept');
  });
});
