// Issue #9, acceptance 4: the upper committee's review. The reviewer of the city committee logs in, opens the
// attendance heatmap of the city, drills down from the R11 list to a member absent without reason in 3 months
// of this year (the removal procedure flagged, never applied), and exports the R11 list as XLSX, which the test
// parses. Relies on the demo data holding such a member in the city's cells.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { DESKTOP, newPage } from '../support/browser.mjs';
import { demoAccounts } from '../support/demo-accounts.mjs';
import { readFirstSheet } from '../support/xlsx.mjs';

async function json(page, url) {
  const response = await page.request.get(url);
  assert.ok(response.ok(), `${url} answered ${response.status()}`);
  return response.json();
}

export async function reviewerChecksTheCells(browser, { logIn, screenshotBoth }) {
  const { context, page } = await newPage(browser, { viewport: DESKTOP });
  try {
    await logIn(page, demoAccounts.reviewer, '/review');
    await page.getByTestId('review-title').waitFor();
    const session = await json(page, '/api/session');
    const grant = session.user.roles.find((g) => g.role === 'REVIEWER');
    assert.ok(grant, 'the reviewer holds a REVIEWER role');
    const year = new Date().getFullYear();

    // The heatmap: one row per cell of the city, twelve months.
    const heatmap = page.getByTestId('reporting-heatmap');
    await heatmap.waitFor();
    const dashboard = await json(page, `/api/reporting/units/${grant.orgUnitId}/dashboard?year=${year}`);
    assert.ok(dashboard.cells.length > 0, 'the city has cells');
    await page.getByTestId(`heat-${dashboard.cells[0].code}-1`).waitFor();
    await screenshotBoth(page, 'review-heatmap', () => heatmap.waitFor());

    // R11: a member at 3 months, flagged for the Charter's procedure.
    const listed = await json(page, `/api/reporting/units/${grant.orgUnitId}/unexcused?year=${year}`);
    const member = listed.find((m) => m.months >= 3);
    assert.ok(member, 'the demo city has a member absent without reason in 3 months');
    assert.equal(member.removalProcedure, true);
    const list = page.getByTestId('reporting-unexcused');
    await list.getByTestId(`unexcused-${member.memberId}`).click();
    const months = page.getByTestId('member-unexcused-months');
    await months.waitFor();
    assert.match(await months.textContent(), new RegExp(`^${member.months} tháng`));
    await screenshotBoth(page, 'review-member', () => months.waitFor());
    await page.keyboard.press('Escape');

    // The R11 list as XLSX, parsed: the member is in it with the count.
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByTestId('export-unexcused-xlsx').click()]);
    const rows = readFirstSheet(readFileSync(await download.path()));
    assert.equal(rows[0][0], 'Họ tên');
    const row = rows.find((r) => r[1] === member.memberId);
    assert.ok(row, 'the exported R11 list holds the member');
    assert.equal(Number(row[2]), member.months);
  } finally {
    await context.close();
  }
}
