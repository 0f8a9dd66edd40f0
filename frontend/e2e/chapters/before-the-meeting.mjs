// STORY.md step 1 "Before" (issue #4, acceptance 4): the secretary prepares the cell's regular meeting of
// the 3rd and schedules an online meeting from the form; the official member finds it with its document.
//
// Relies on the demo data: CB-XAYDUNG holds a valid online authorisation; its monthly rule (day 3, 19:30,
// ONLINE) has created the regular meeting of the next 3rd (kind REGULAR, mode ONLINE, state SCHEDULED);
// bithu is its SECRETARY and dangvien an official member of it. Scheduling a meeting notifies the cell's
// members in the app (GET /api/notifications?unread=true).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DESKTOP, newPage, screenshot } from '../support/browser.mjs';
import { demoAccounts } from '../support/demo-accounts.mjs';

export const BULLETIN = 'ban-tin-sinh-hoat-chi-bo.pdf';
export const THEMATIC_ITEM = 'Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh';
export const DISCIPLINE_ITEM = 'Xem xét, đề nghị kỷ luật đảng viên';

const pad = (value) => String(value).padStart(2, '0');

/** Today in Vietnam, whatever the machine's zone. */
function vietnamToday() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year: parts[0], month: parts[1], day: parts[2] };
}

/** The month (yyyy-MM) of the next regular meeting on the 3rd: this month's until the 3rd, else next month's. */
export function nextRegularMonth(today = vietnamToday()) {
  let { year, month } = today;
  if (today.day > 3) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${year}-${pad(month)}`;
}

function pdfFile(name) {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-doc-'));
  const file = path.join(dir, name);
  // A minimal, valid one-page PDF.
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  writeFileSync(file, body, 'latin1');
  return file;
}

/** Opens the calendar from the menu, moves to `month` and lists it. */
async function openMonth(page, month) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch họp' }).click();
  await page.waitForURL((url) => url.pathname === '/meetings');
  const calendar = page.getByTestId('meeting-calendar');
  await calendar.waitFor();
  for (let step = 0; step < 3; step += 1) {
    const shown = await calendar.getAttribute('data-month');
    if (shown === month) break;
    await page.getByTestId('calendar-next').click();
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="meeting-calendar"]')?.getAttribute('data-month') !== previous,
      shown,
    );
  }
  assert.equal(await calendar.getAttribute('data-month'), month);
  await page.getByTestId('meetings-view-list').click();
}

function regularMeetingRow(page, month) {
  return page.locator(`[data-testid="meeting-list-item"][data-kind="REGULAR"][data-day="${month}-03"]`);
}

export async function secretaryPreparesTheMeeting(browser, { logIn, screenshotBoth }) {
  const month = nextRegularMonth();
  const { context, page } = await newPage(browser, { viewport: DESKTOP });
  try {
    await logIn(page, demoAccounts.secretary, '/');

    // The calendar shows the regular meeting of the 3rd, created from the cell's rule.
    await openMonth(page, month);
    const row = regularMeetingRow(page, month);
    await row.first().waitFor();
    assert.match(await row.first().textContent(), /19:30/);
    assert.ok(await row.first().getByTestId('meeting-pilot').isVisible(), 'an online meeting carries the 03-HD/TW pilot label');
    await screenshotBoth(page, 'meetings-list', () => row.first().waitFor());
    await page.getByTestId('meetings-view-calendar').click();
    await screenshotBoth(page, 'meetings-calendar', () => page.getByTestId('meeting-calendar').waitFor());
    await page.getByTestId('meetings-view-list').click();

    await row.first().getByTestId('meeting-link').click();
    await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    const meetingPath = new URL(page.url()).pathname;
    await page.getByTestId('meeting-page').waitFor();
    assert.equal(await page.getByTestId('meeting-page').getAttribute('data-mode'), 'ONLINE');
    assert.match(await page.getByTestId('meeting-place').textContent(), /trực tuyến/);
    await page.getByTestId('agenda-editor').waitFor();

    // The regular template, when the agenda is still empty (R18).
    if ((await page.getByTestId('agenda-item').count()) === 0) {
      await page.getByTestId('agenda-apply-template').click();
      await page.getByTestId('template-REGULAR').click();
      await page.getByTestId('template-submit').click();
      await page.getByTestId('agenda-item').first().waitFor();
    }
    const itemsBefore = await page.getByTestId('agenda-item').count();
    assert.ok(itemsBefore >= 1, 'the agenda has the template items');

    // A thematic item.
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-item-title').fill(THEMATIC_ITEM);
    await page.getByTestId('agenda-item-type').click();
    await page.getByTestId('agenda-type-DISCUSSION').click();
    await page.getByTestId('agenda-classification-PUBLIC').click();
    await page.getByTestId('agenda-item-minutes').fill('30');
    await page.getByTestId('agenda-item-submit').click();
    // .last(): the item just added, should the story run again on the same data.
    const thematic = page.getByTestId('agenda-item').filter({ hasText: THEMATIC_ITEM }).last();
    await thematic.waitFor();
    assert.equal(await page.getByTestId('agenda-item').count(), itemsBefore + 1);

    // A discipline item cannot go on an online-only meeting (R4): refused, with the reason and the way out.
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-item-title').fill(DISCIPLINE_ITEM);
    await page.getByTestId('agenda-item-type').click();
    await page.getByTestId('agenda-type-DISCIPLINE').click();
    await page.getByTestId('agenda-item-submit').click();
    const refusal = page.getByTestId('agenda-r4-refusal');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /R4/);
    assert.ok(await page.getByTestId('agenda-switch-hybrid').isVisible(), 'a hybrid session is proposed');
    await screenshotBoth(page, 'agenda-r4-refusal', () => refusal.waitFor());
    await page.getByTestId('agenda-item-cancel').click();
    await refusal.waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('agenda-item').filter({ hasText: DISCIPLINE_ITEM }).count(), 0);

    // The monthly bulletin, attached to the thematic item and published to the members.
    await thematic.getByTestId('document-upload').locator('input[type=file]').setInputFiles(pdfFile(BULLETIN));
    const bulletinRow = thematic.getByTestId('meeting-document').filter({ hasText: BULLETIN }).last();
    await bulletinRow.waitFor();
    await bulletinRow.getByTestId('document-publish').click();
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('[data-testid="meeting-document"]')].some(
          (node) => node.textContent.includes(name) && node.getAttribute('data-published') === 'true',
        ),
      BULLETIN,
    );
    await screenshotBoth(page, 'meeting-page-secretary', () => page.getByTestId('meeting-page').waitFor());

    // A new online meeting for her authorised cell, from the regular template, scheduled at once.
    await page.goto('/meetings');
    await page.getByTestId('meeting-new').click();
    await page.waitForURL((url) => url.pathname === '/meetings/new');
    await page.getByTestId('meeting-form').waitFor();
    await page.getByTestId('meeting-kind-EXTRAORDINARY').click();
    await page.getByTestId('meeting-mode-ONLINE').click();
    await page.getByTestId('meeting-title-input').fill('Sinh hoạt bất thường: triển khai nghị quyết mới');
    await page.getByTestId('meeting-starts-at').fill(`${month}-17T19:30`);
    await page.getByTestId('meeting-starts-at').press('Enter');
    await page.getByTestId('meeting-ends-at').fill(`${month}-17T21:30`);
    await page.getByTestId('meeting-template-REGULAR').click();
    await page.getByTestId('meeting-schedule').check();
    // The rules are checked as she types; the authorised cell may meet online (R1).
    await page.locator('[data-testid="meeting-check-ok"], [data-testid="meeting-check-warning"]').first().waitFor();
    assert.equal(await page.getByTestId('meeting-check-refusal').count(), 0, 'no rule refuses the online meeting');
    await screenshotBoth(page, 'meeting-form', () => page.getByTestId('meeting-form').waitFor());
    await page.getByTestId('meeting-form-submit').click();
    await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== meetingPath);
    await page.getByTestId('meeting-page').waitFor();
    assert.equal(await page.getByTestId('meeting-state').getAttribute('data-state'), 'SCHEDULED');
    assert.ok(await page.getByTestId('meeting-pilot').isVisible(), 'the new online meeting is labelled as the pilot');
    await page.getByTestId('agenda-item').first().waitFor();
    assert.match(await page.getByTestId('meeting-time').textContent(), /17\/\d{2}\/\d{4} 19:30 – 21:30/);
  } finally {
    await context.close();
  }
}

export async function memberSeesTheMeeting(browser, { logIn, screenshotBoth }) {
  const month = nextRegularMonth();
  const { context, page } = await newPage(browser, { viewport: DESKTOP });
  try {
    await logIn(page, demoAccounts.officialMember, '/');

    await openMonth(page, month);
    const row = regularMeetingRow(page, month);
    await row.first().waitFor();
    await row.first().getByTestId('meeting-link').click();
    await page.getByTestId('meeting-page').waitFor();

    // What she needs before the meeting, and no manager's buttons.
    assert.match(await page.getByTestId('meeting-time').textContent(), /03\/\d{2}\/\d{4} 19:30/);
    assert.match(await page.getByTestId('meeting-place').textContent(), /trực tuyến/);
    assert.ok((await page.getByTestId('meeting-chair-name').textContent()).trim().length > 0);
    await page.getByTestId('agenda-item').filter({ hasText: THEMATIC_ITEM }).first().waitFor();
    const bulletin = page.getByTestId('meeting-document').filter({ hasText: BULLETIN }).first();
    await bulletin.waitFor();
    assert.match(await bulletin.getByTestId('document-link').getAttribute('href'), /^\/api\/meetings\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('agenda-add').count(), 0);
    assert.equal(await page.getByTestId('meeting-cancel').count(), 0);

    // The bulletin downloads.
    const [download] = await Promise.all([page.waitForEvent('download'), bulletin.getByTestId('document-link').click()]);
    assert.equal(download.suggestedFilename(), BULLETIN);

    await screenshotBoth(page, 'meeting-page-member', () => page.getByTestId('meeting-page').waitFor());

    // The notice of the meeting the secretary scheduled is waiting in the bell.
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').first().waitFor();
    await screenshot(page, 'notifications-member.png');
  } finally {
    await context.close();
  }
}
