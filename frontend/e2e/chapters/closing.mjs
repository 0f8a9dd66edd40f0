// STORY.md steps 4 (the opinion typed live) and 6 (docs/minutes.md): the closing. In the room the minute-taker
// types an opinion into the discussion item of the biên bản while the probationary member watches the draft change
// on her own screen; the minute-taker reads the minutes back, the secretary records that the meeting adopts them
// and ends the meeting; both sign on the minutes page with a fresh code from their authenticator (a code works
// once); the minutes are published, verify, and the official member downloads the PDF.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { DESKTOP, newPage, PHONE, screenshot, scrollWidth } from '../support/browser.mjs';
import { demoAccounts } from '../support/demo-accounts.mjs';
import { freshTotp } from '../support/totp.mjs';
import { enterRoom, json, liveMeeting } from '../support/live-meeting.mjs';

const DISCUSSION_ITEM = 'Thảo luận, phê bình và tự phê bình';
const OPINION =
  'Đồng chí Đảng viên đề nghị chi bộ đẩy nhanh tiến độ công trình Đức Hòa, bảo đảm an toàn lao động trong mùa mưa.';

const minutesState = (page, state) => page.locator(`[data-testid="minutes-state"][data-state="${state}"]`);

/** Signs on the minutes page with a code the server has not seen. */
async function sign(page, account) {
  await page.getByTestId('minutes-sign').click();
  const code = page.getByTestId('minutes-sign-code');
  await code.waitFor();
  assert.match(await page.getByTestId('minutes-sign-hash').textContent(), /^[0-9a-f]{64}$/);
  await code.fill(await freshTotp(account.totpSecret));
  await page.getByTestId('minutes-sign-confirm').click();
  await code.waitFor({ state: 'detached' });
}

export async function closingChapter(browser, { logIn, screenshotBoth }) {
  const taker = await newPage(browser, { viewport: DESKTOP });
  const watcher = await newPage(browser, { viewport: DESKTOP });
  const chair = await newPage(browser, { viewport: DESKTOP });
  const official = await newPage(browser, { viewport: PHONE });
  try {
    await logIn(taker.page, demoAccounts.minuteTaker);
    const meeting = await liveMeeting(taker.page);
    const minutes = await json(taker.page, `/api/meetings/${meeting.id}/minutes`);
    assert.equal(minutes.mayEdit, true, 'the minute-taker writes the minutes');
    const discussion = minutes.content.agenda.find((item) => item.title === DISCUSSION_ITEM);
    assert.ok(discussion?.itemId, 'the discussion item is in the minutes');
    const section = `item:${discussion.itemId}:opinions`;
    await enterRoom(taker.page, meeting.id);
    await logIn(watcher.page, demoAccounts.probationaryMember);
    await enterRoom(watcher.page, meeting.id);
    await logIn(chair.page, demoAccounts.secretary);
    await enterRoom(chair.page, meeting.id);

    // The minute-taker types the opinion; the probationary member's copy follows without a reload.
    const editor = taker.page.getByTestId(`minutes-editor-${section}`);
    await editor.click();
    await editor.pressSequentially(OPINION, { delay: 5 });
    const shown = watcher.page.getByTestId(`minutes-text-${section}`);
    await shown.filter({ hasText: OPINION }).waitFor({ timeout: 30_000 });
    await taker.page.locator(`[data-testid="minutes-save-${section}"][data-status="saved"]`).waitFor();
    assert.equal(await watcher.page.getByTestId(`minutes-editor-${section}`).count(), 0, 'she reads, she does not edit');
    await screenshot(watcher.page, 'minutes-live-1280.png');

    // The draft holds what the platform filled in: the roll and the vote.
    const document = taker.page.getByTestId('minutes-document');
    assert.match(await document.getByTestId('minutes-present').textContent(), /trực tuyến/);
    assert.ok((await document.getByTestId('minutes-vote').count()) >= 1, 'the vote is in the minutes');

    // She reads them back; the secretary records that the meeting adopts them.
    await taker.page.getByTestId('minutes-read-back').click();
    await minutesState(taker.page, 'READ_BACK').waitFor();
    await minutesState(chair.page, 'READ_BACK').waitFor({ timeout: 30_000 });
    await chair.page.getByTestId('minutes-adopt').click();
    await chair.page.getByTestId('minutes-adopt-confirm').click();
    await minutesState(chair.page, 'ADOPTED').waitFor();
    await minutesState(watcher.page, 'ADOPTED').waitFor({ timeout: 30_000 });
    await minutesState(taker.page, 'ADOPTED').waitFor({ timeout: 30_000 });
    await taker.page.getByTestId(`minutes-editor-${section}`).waitFor({ state: 'detached' }); // adopted minutes no longer change
    await taker.page.getByTestId(`minutes-text-${section}`).filter({ hasText: OPINION }).waitFor();

    // The meeting ends.
    await chair.page.getByTestId('room-end').click();
    await chair.page.getByTestId('room-end-confirm').click();
    await chair.page.locator('[data-testid="room-state"][data-state="ENDED"]').waitFor();
    await watcher.page.getByTestId('room-ended').waitFor({ timeout: 30_000 });

    // The secretary and the minute-taker sign on the minutes page with a fresh second factor.
    await chair.page.goto(`/meetings/${meeting.id}/minutes`);
    await minutesState(chair.page, 'ADOPTED').waitFor();
    await sign(chair.page, demoAccounts.secretary);
    await chair.page.getByTestId('minutes-signatory-CHAIR').filter({ hasText: 'Đã ký' }).waitFor();
    await taker.page.goto(`/meetings/${meeting.id}/minutes`);
    await sign(taker.page, demoAccounts.minuteTaker);
    await minutesState(taker.page, 'SIGNED').waitFor();
    await taker.page.getByTestId('minutes-published').waitFor();
    assert.equal((await json(taker.page, `/api/meetings/${meeting.id}`)).state, 'MINUTES_ADOPTED');

    // The signed minutes verify: content, hash and both seals agree.
    await taker.page.getByTestId('minutes-verify').click();
    await taker.page.locator('[data-testid="minutes-verify-result"][data-valid="true"]').waitFor();
    await taker.page.locator('.ant-modal-close').click();
    await taker.page.getByTestId('minutes-verify-result').waitFor({ state: 'hidden' });
    await screenshotBoth(taker.page, 'minutes-signed', () => minutesState(taker.page, 'SIGNED').waitFor());

    // The official member reads them on his phone and downloads the PDF.
    await logIn(official.page, demoAccounts.officialMember);
    await official.page.goto(`/meetings/${meeting.id}/minutes`);
    await minutesState(official.page, 'SIGNED').waitFor();
    await official.page.getByText(OPINION).waitFor();
    assert.ok((await scrollWidth(official.page)) <= PHONE.width, 'the minutes fit a 360 px phone');
    await screenshot(official.page, 'minutes-member-360.png');
    const [download] = await Promise.all([
      official.page.waitForEvent('download'),
      official.page.getByTestId('minutes-download-pdf').click(),
    ]);
    const pdf = readFileSync(await download.path());
    assert.ok(pdf.length > 0, 'the PDF is not empty');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  } finally {
    for (const { context } of [taker, watcher, chair, official]) await context.close();
  }
}
