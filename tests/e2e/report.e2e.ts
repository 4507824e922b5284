/** The report: the radar chart is drawn, the opportunity named, all nine areas listed with their hand-worked scores and compared. */
import { expect, test } from '@playwright/test';
import { GROWTH_AREAS, expectedReport, growthTestAnswers } from './fixtures/answers.ts';
import { areaName, localised, messages } from './fixtures/catalogue.ts';
import { completeByRequest } from './fixtures/requests.ts';
import { withDatabase } from './fixtures/database.ts';
import { MIN_PEER_GROUP } from '../../src/lib/limits.ts';

test('the report draws the radar chart and shows the opportunity and every area', async ({ page }) => {
  const answers = growthTestAnswers({ weakest: 'core_customers' });
  const expected = expectedReport('core_customers');
  const token = await completeByRequest(page.request, 'nl', answers);

  for (const locale of ['nl', 'en'] as const) {
    const m = messages(locale);
    await page.goto(localised(locale, `/rapport/${token}`));
    await expect(page.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();

    // Drawn on the server as SVG: the score polygon has a corner per scored area (all nine here).
    const chart = page.getByRole('img', { name: m.report.radarTitle });
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    const corners = await chart.locator('.radar-series').first().locator('polygon').getAttribute('points');
    expect(corners?.trim().split(/\s+/)).toHaveLength(9);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);

    const headline = page.getByRole('region', { name: m.report.opportunityTitle });
    await expect(headline.getByRole('heading', { name: m.report.opportunityTitle })).toBeVisible();
    await expect(headline.getByText(areaName(expected.opportunity, locale), { exact: true })).toBeVisible();
    await expect(headline.getByRole('heading', { name: m.report.nextSteps })).toBeVisible();

    const table = page.getByRole('table');
    const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    await expect(rows).toHaveCount(9);
    await expect(rows.getByRole('rowheader')).toHaveText(GROWTH_AREAS.map((area) => areaName(area, locale)));
    // The first cell of each area's row is its score.
    for (const [i, area] of GROWTH_AREAS.entries()) await expect(rows.nth(i).getByRole('cell').first()).toHaveText(expected.areaScores[area]);
    const overall = page.getByRole('region', { name: m.report.overall });
    await expect(overall.getByText(`${expected.overall} ${m.report.outOf100}`, { exact: true })).toBeVisible();
    // Compared with real tests only, never with the demo data (issue 12): percentiles once 20 other real
    // tests exist (the other e2e tests make them, in an order this test does not know), else the plain note.
    const others = await withDatabase(async (client) => {
      const { rows } = await client.execute({
        sql: "select count(*) as n from responses where template_id = 'growth-test' and status = 'completed' and is_demo = 0 and id != ?",
        args: [token.split('.')[0]],
      });
      return Number(rows[0].n);
    });
    const [before] = m.report.percentileText.split('{percentile}');
    if (others >= MIN_PEER_GROUP) {
      await expect(rows.getByRole('cell').filter({ hasText: before })).toHaveCount(9);
    } else {
      await expect(rows.getByRole('cell').filter({ hasText: before })).toHaveCount(0);
      await expect(page.getByText(m.report.noPeers.replace('{min}', String(MIN_PEER_GROUP)))).toBeVisible();
    }
  }
});
