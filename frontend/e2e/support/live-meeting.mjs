// The demo's live meeting of the story cell (MeetingDemoData: today, online, chaired by bithu, minutes by
// thuky), as the later chapters find it once the opening chapter has started it; and the room's markers.
import assert from 'node:assert/strict';

import { STORY_CELL_NAME } from './demo-accounts.mjs';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export async function json(page, url) {
  const response = await page.request.get(url);
  assert.ok(response.ok(), `${url} answered ${response.status()}`);
  return response.json();
}

export async function memberIdOf(page) {
  const session = await json(page, '/api/session');
  assert.ok(session.authenticated, 'logged in');
  return session.user.memberId;
}

/** Today's online meeting of the story cell in the given state (the opening chapter starts it). */
export async function liveMeeting(page, state = 'IN_PROGRESS') {
  const midnight = Math.floor((Date.now() + VIETNAM_OFFSET_MS) / 86_400_000) * 86_400_000 - VIETNAM_OFFSET_MS;
  const from = new Date(midnight).toISOString();
  const to = new Date(midnight + 86_400_000).toISOString();
  const meetings = await json(page, `/api/meetings?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  const found = meetings.filter((m) => m.mode === 'ONLINE' && m.unitName === STORY_CELL_NAME && m.state === state);
  assert.ok(found.length > 0, `no meeting of ${STORY_CELL_NAME} ${state} today`);
  return found[0];
}

export const connection = (page, state) => page.locator(`[data-testid="room-connection"][data-state="${state}"]`);
export const presentRow = (page, memberId) =>
  page.locator(`[data-testid="room-participant"][data-member-id="${memberId}"][data-present="true"]`);

/** Enters the room and waits until the page is connected and caught up. */
export async function enterRoom(page, meetingId) {
  await page.goto(`/meetings/${meetingId}/room`);
  await page.getByTestId('room-page').waitFor();
  await connection(page, 'connected').waitFor({ timeout: 30_000 });
}

/** Picks an agenda item from the chair's list by its title and waits until her page shows it current. */
export async function chairPicksItem(page, title) {
  await page.getByTestId('room-agenda-pick').click();
  await page.locator('.ant-select-dropdown .ant-select-item-option').filter({ hasText: title }).first().click();
  await page.locator('[data-testid="room-current-item"]').filter({ hasText: title }).waitFor();
  return page.getByTestId('room-current-item').getAttribute('data-item-id');
}
