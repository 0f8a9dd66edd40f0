// STORY.md steps 2 and 4 (issue #5, acceptance 3): the live room. The secretary opens the room of the
// cell's online meeting scheduled for today; the official member joins from a phone and the
// probationary member and the minute-taker from laptops, each in their own browser context; they see
// each other; the secretary advances the agenda and gives the floor to the official member after he
// raises his hand; his network drops while the agenda moves on, and his page catches up. The demo has
// no Jitsi: the call area says video is unavailable while presence and the agenda keep working.
import assert from 'node:assert/strict';

import { DESKTOP, newPage, PHONE, screenshot, scrollWidth } from '../support/browser.mjs';
import { demoAccounts, STORY_CELL_NAME } from '../support/demo-accounts.mjs';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const LIVE = new Set(['SCHEDULED', 'OPEN', 'IN_PROGRESS']);

async function json(page, url) {
  const response = await page.request.get(url);
  assert.ok(response.ok(), `${url} answered ${response.status()}`);
  return response.json();
}

async function memberIdOf(page) {
  const session = await json(page, '/api/session');
  assert.ok(session.authenticated, 'logged in');
  return session.user.memberId;
}

/** The day in Vietnam (UTC+7, no daylight saving) as an instant range. */
function vietnamToday(now = Date.now()) {
  const midnight = Math.floor((now + VIETNAM_OFFSET_MS) / 86_400_000) * 86_400_000 - VIETNAM_OFFSET_MS;
  return { from: new Date(midnight).toISOString(), to: new Date(midnight + 86_400_000).toISOString() };
}

/** The demo data schedules the story cell's online meeting for today, within the next hour, chaired by her. */
async function todaysMeeting(page, chairMemberId) {
  const { from, to } = vietnamToday();
  const meetings = await json(page, `/api/meetings?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  const soon = Date.now() + 30 * 60 * 1000;
  const candidates = meetings
    .filter((m) => m.mode === 'ONLINE' && m.unitName === STORY_CELL_NAME && LIVE.has(m.state))
    .filter((m) => !m.chair || m.chair.memberId === chairMemberId)
    .sort((a, b) => Math.abs(Date.parse(a.startsAt) - soon) - Math.abs(Date.parse(b.startsAt) - soon));
  assert.ok(candidates.length > 0, `no online meeting of ${STORY_CELL_NAME} today (${from} – ${to}) for the secretary to chair`);
  return candidates[0];
}

const connection = (page, state) => page.locator(`[data-testid="room-connection"][data-state="${state}"]`);
const presentRow = (page, memberId) =>
  page.locator(`[data-testid="room-participant"][data-member-id="${memberId}"][data-present="true"]`);
const currentItem = (page, itemId) => page.locator(`[data-testid="room-current-item"][data-item-id="${itemId}"]`);
const speaker = (page, memberId) => page.locator(`[data-testid="room-speaker"][data-member-id="${memberId}"]`);

/**
 * The demo runs without JITSI_DOMAIN (or with a Jitsi that does not answer): the call area says plainly
 * that video is unavailable, and the rest of the room carries on.
 */
async function videoUnavailable(page) {
  const notice = page.getByTestId('room-video').getByTestId('video-unavailable');
  await notice.waitFor({ timeout: 30_000 });
  const reason = await notice.getAttribute('data-reason');
  // BrowserStoryIT points the app at a Jitsi that refuses connections (STORY_VIDEO=unreachable); run by hand
  // against `infra/run.sh`, video is simply not configured.
  const expected = process.env.STORY_VIDEO ? [process.env.STORY_VIDEO] : ['not-configured', 'unreachable'];
  assert.ok(expected.includes(reason), `the call area says why there is no video (${reason}, expected ${expected})`);
  assert.match(await notice.textContent(), /video/i);
}

async function currentItemId(page) {
  return page.getByTestId('room-current-item').getAttribute('data-item-id');
}

/** Every value the connection badge takes from now on, in order, kept in the page. */
async function recordConnectionStates(page) {
  await page.evaluate(() => {
    window.__roomConnectionStates = [];
    const record = () => {
      const state = document.querySelector('[data-testid="room-connection"]')?.getAttribute('data-state');
      if (state && window.__roomConnectionStates.at(-1) !== state) window.__roomConnectionStates.push(state);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
    record();
  });
}

/** Enters the room and waits until the page is connected and caught up. */
async function enterRoom(page, roomPath) {
  await page.goto(roomPath);
  await page.getByTestId('room-page').waitFor();
  await connection(page, 'connected').waitFor({ timeout: 30_000 });
}

/** The chair moves to the next item and waits until her own page shows it; returns its id. */
async function advanceAgenda(page) {
  const before = await currentItemId(page);
  const next = page.getByTestId('room-agenda-next');
  assert.ok(await next.isEnabled(), 'the agenda has a next item');
  await next.click();
  await page.waitForFunction(
    (previous) => document.querySelector('[data-testid="room-current-item"]')?.getAttribute('data-item-id') !== previous,
    before,
  );
  const id = await currentItemId(page);
  assert.ok(id, 'an agenda item is current');
  return id;
}

export async function openingChapter(browser, { logIn, screenshotBoth }) {
  const chair = await newPage(browser, { viewport: DESKTOP });
  const official = await newPage(browser, { viewport: PHONE });
  const probationary = await newPage(browser, { viewport: DESKTOP });
  const minuteTaker = await newPage(browser, { viewport: DESKTOP });
  try {
    // 2. Opening: the secretary finds today's meeting and opens its room.
    await logIn(chair.page, demoAccounts.secretary);
    const chairId = await memberIdOf(chair.page);
    const meeting = await todaysMeeting(chair.page, chairId);
    const roomPath = `/meetings/${meeting.id}/room`;
    await enterRoom(chair.page, roomPath);
    await chair.page.getByTestId('room-chair-controls').waitFor();
    if ((await chair.page.getByTestId('room-state').getAttribute('data-state')) === 'SCHEDULED') {
      await chair.page.getByTestId('room-open').click();
      await chair.page.locator('[data-testid="room-state"][data-state="OPEN"]').waitFor();
    }
    await presentRow(chair.page, chairId).waitFor();
    assert.ok((await chair.page.getByTestId('room-agenda-item').count()) >= 2, 'the agenda has items to advance through');

    // The official member on his phone, the probationary member and the minute-taker on laptops.
    await logIn(official.page, demoAccounts.officialMember);
    const officialId = await memberIdOf(official.page);
    await enterRoom(official.page, roomPath);
    await logIn(probationary.page, demoAccounts.probationaryMember);
    const probationaryId = await memberIdOf(probationary.page);
    await enterRoom(probationary.page, roomPath);
    await logIn(minuteTaker.page, demoAccounts.minuteTaker);
    const minuteTakerId = await memberIdOf(minuteTaker.page);
    await enterRoom(minuteTaker.page, roomPath);

    // Everyone sees everyone present, live.
    const everyone = [chairId, officialId, probationaryId, minuteTakerId];
    for (const { page } of [chair, official, probationary, minuteTaker]) {
      for (const memberId of everyone) await presentRow(page, memberId).waitFor({ timeout: 10_000 });
    }
    for (const { page } of [official, probationary, minuteTaker]) {
      assert.equal(await page.getByTestId('room-chair-controls').count(), 0, 'only the chair has the controls');
      await videoUnavailable(page);
    }

    // The phone: no sideways scrolling, the participants below the agenda.
    assert.ok((await scrollWidth(official.page)) <= PHONE.width, 'the room fits a 360 px phone');
    const agendaBox = await official.page.getByTestId('room-agenda').boundingBox();
    const participantsBox = await official.page.getByTestId('room-participants').boundingBox();
    assert.ok(participantsBox.y > agendaBox.y, 'on a phone the participants come under the agenda');
    await screenshot(official.page, 'room-member-360.png');
    await screenshotBoth(probationary.page, 'room-member');
    await screenshotBoth(chair.page, 'room-chair', () => chair.page.getByTestId('room-chair-controls').waitFor());

    // 4. Business: the meeting starts and the secretary moves to the first item.
    if ((await chair.page.getByTestId('room-state').getAttribute('data-state')) === 'OPEN') {
      await chair.page.getByTestId('room-start').click();
      await chair.page.locator('[data-testid="room-state"][data-state="IN_PROGRESS"]').waitFor();
    }
    const firstItem = await advanceAgenda(chair.page);
    await currentItem(official.page, firstItem).waitFor();
    await currentItem(probationary.page, firstItem).waitFor();
    await videoUnavailable(official.page);

    // The official member raises his hand; the secretary gives him the floor; both members see it.
    await official.page.getByTestId('room-raise-hand').click();
    const hand = chair.page.locator(`[data-testid="room-queue-entry"][data-member-id="${officialId}"]`);
    await hand.waitFor();
    await hand.getByTestId('room-queue-give-floor').click();
    await speaker(official.page, officialId).waitFor();
    await official.page.getByTestId('room-you-speak').waitFor();
    await speaker(probationary.page, officialId).waitFor();
    await screenshot(official.page, 'room-floor-360.png');

    // His Wi-Fi drops; meanwhile the agenda moves on.
    await recordConnectionStates(official.page);
    await official.context.setOffline(true);
    await connection(official.page, 'offline').waitFor();
    await screenshot(official.page, 'room-offline-360.png');
    const secondItem = await advanceAgenda(chair.page);
    await currentItem(probationary.page, secondItem).waitFor();
    assert.equal(await currentItemId(official.page), firstItem, 'offline, his page cannot know yet');
    await official.page.waitForTimeout(4_000);

    // Back online: "reconnecting", then caught up with the change he missed.
    await official.context.setOffline(false);
    await currentItem(official.page, secondItem).waitFor({ timeout: 30_000 });
    await connection(official.page, 'connected').waitFor({ timeout: 30_000 });
    const states = await official.page.evaluate(() => window.__roomConnectionStates);
    const fromOffline = states.slice(states.indexOf('offline'));
    assert.deepEqual(fromOffline.slice(0, 2), ['offline', 'reconnecting'], `badge went ${states.join(' → ')}`);
    assert.equal(fromOffline.at(-1), 'connected', `badge went ${states.join(' → ')}`);
    await presentRow(chair.page, officialId).waitFor({ timeout: 10_000 });
    await screenshot(official.page, 'room-caught-up-360.png');
  } finally {
    for (const { context } of [chair, official, probationary, minuteTaker]) await context.close();
  }
}
