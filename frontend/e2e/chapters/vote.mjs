// STORY.md step 5 (docs/voting.md): the vote on the month's resolution. In the live meeting the secretary moves to
// "Kết luận, ra nghị quyết" and opens a vote from the room's votes panel. She first asks for a secret ballot, which
// an online-only meeting may not hold (R4), then an open one (ORDINARY_RESOLUTION, more than half, R14). The
// official member votes "Tán thành" on his phone after a confirmation; the probationary member sees the vote with
// the reason she cannot cast (R13), and the server refuses her ballot too. The secretary votes and closes the vote;
// the result card shows yes / no / abstain over the denominator of all summoned official members with the rule, and
// the draft minutes list the result. Only the room counts as presence in an online-only meeting: the members not in
// the demo's browsers are not eligible, so the resolution does not reach more than half here; the story only
// checks that the numbers are told as they are.
import assert from 'node:assert/strict';

import { DESKTOP, newPage, PHONE, screenshot, scrollWidth } from '../support/browser.mjs';
import { demoAccounts } from '../support/demo-accounts.mjs';
import { chairPicksItem, enterRoom, json, liveMeeting, memberIdOf, presentRow } from '../support/live-meeting.mjs';

export const RESOLUTION_ITEM = 'Kết luận, ra nghị quyết';
const SUBJECT = 'Thông qua nghị quyết sinh hoạt chi bộ tháng này';

/** A member who may cast: the big buttons, a confirmation, then the panel says what was chosen. */
async function castYes(page) {
  const panel = page.getByTestId('vote-open');
  await panel.waitFor({ timeout: 30_000 });
  await panel.getByTestId('vote-choice-YES').click();
  const body = page.getByTestId('vote-confirm-body');
  await body.waitFor();
  assert.match(await body.textContent(), /Tán thành/);
  assert.match(await body.textContent(), /chỉ biểu quyết một lần/);
  await page.getByTestId('vote-confirm-ok').click();
  const done = page.getByTestId('vote-done');
  await done.waitFor();
  assert.match(await done.textContent(), /Tán thành/);
}

export async function voteChapter(browser, { logIn }) {
  const chair = await newPage(browser, { viewport: DESKTOP });
  const official = await newPage(browser, { viewport: PHONE });
  const probationary = await newPage(browser, { viewport: DESKTOP });
  try {
    await logIn(chair.page, demoAccounts.secretary);
    const meeting = await liveMeeting(chair.page);
    await enterRoom(chair.page, meeting.id);
    await logIn(official.page, demoAccounts.officialMember);
    const officialId = await memberIdOf(official.page);
    await enterRoom(official.page, meeting.id);
    await logIn(probationary.page, demoAccounts.probationaryMember);
    const probationaryId = await memberIdOf(probationary.page);
    await enterRoom(probationary.page, meeting.id);
    // Who is in the room when the vote opens is its electorate (R10): the chair waits until she sees them.
    await presentRow(chair.page, officialId).waitFor({ timeout: 10_000 });
    await presentRow(chair.page, probationaryId).waitFor({ timeout: 10_000 });

    // The secretary moves to the resolution and opens the form under the agenda.
    const itemId = await chairPicksItem(chair.page, RESOLUTION_ITEM);
    const panel = chair.page.getByTestId('votes-panel');
    await panel.getByTestId('open-vote-toggle').click();
    const form = chair.page.getByTestId('open-vote-form');
    await form.waitFor();
    await form.getByTestId('open-vote-subject').fill(SUBJECT);

    // A secret ballot is refused in a meeting held only online (R4), in plain words.
    await form.getByTestId('open-vote-mode').getByText('Bỏ phiếu kín', { exact: true }).click();
    await form.getByTestId('open-vote-submit').click();
    const refusal = form.getByTestId('open-vote-error');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /chỉ trực tuyến.*\(R4\)/);
    await screenshot(chair.page, 'vote-secret-refused-1280.png');

    // An open vote on the resolution.
    await form.getByTestId('open-vote-mode').getByText('Biểu quyết công khai', { exact: true }).click();
    await form.getByTestId('open-vote-submit').click();
    await panel.getByTestId('vote-open').waitFor();
    const [vote] = (await json(chair.page, `/api/meetings/${meeting.id}/votes`)).filter((v) => v.state === 'OPEN');
    assert.equal(vote.agendaItemId, itemId, 'the vote is on the current item');
    assert.equal(vote.subject, SUBJECT);
    assert.equal(vote.mode, 'OPEN');
    assert.equal(vote.decisionType, 'ORDINARY_RESOLUTION');
    assert.equal(vote.rule, 'R14');
    assert.equal(vote.denominator, vote.denominatorDetail.value);
    assert.ok(vote.eligible >= 2, `the chair and the official member may cast (${vote.eligible})`);
    assert.match(await panel.getByTestId('vote-open').textContent(), new RegExp(`mẫu số ${vote.denominator}`));

    // The official member votes yes on his phone, after confirming.
    await castYes(official.page);
    assert.ok((await scrollWidth(official.page)) <= PHONE.width, 'the vote fits a 360 px phone');
    await screenshot(official.page, 'vote-cast-360.png');

    // The probationary member sees the vote and why she does not cast (R13); the server refuses her ballot as well.
    const hers = probationary.page.getByTestId('vote-open');
    await hers.waitFor({ timeout: 30_000 });
    const reason = hers.getByTestId('vote-ineligible');
    await reason.waitFor();
    assert.match(await reason.textContent(), /dự bị.*không biểu quyết/);
    assert.equal(await hers.getByTestId('vote-choice-YES').count(), 0, 'no buttons for her');
    const token = (await probationary.context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
    const refused = await probationary.page.request.post(`/api/votes/${vote.id}/ballots`, {
      data: { choice: 'YES' },
      headers: token ? { 'X-XSRF-TOKEN': token } : {},
    });
    assert.equal(refused.status(), 403);
    const problem = await refused.json();
    assert.equal(problem.code, 'vote-probationary-member');
    assert.equal(problem.rule, 'R13');
    await screenshot(probationary.page, 'vote-probationary-1280.png');

    // The secretary votes too, sees the count, and closes the vote.
    await castYes(chair.page);
    await chair.page.locator('[data-testid="vote-progress"]').filter({ hasText: `2/${vote.eligible}` }).waitFor({ timeout: 10_000 });
    await chair.page.getByTestId('vote-close').click();

    // The result: yes / no / abstain over the denominator, with the rule.
    const result = chair.page.getByTestId('vote-result');
    await result.waitFor();
    const closed = await json(chair.page, `/api/votes/${vote.id}`);
    assert.equal(closed.state, 'CLOSED');
    assert.deepEqual([closed.result.yes, closed.result.no, closed.result.abstain], [2, 0, 0]);
    assert.equal(closed.result.passed, 2 * 2 > closed.denominator, 'more than half of the denominator (R14)');
    assert.equal(await result.getAttribute('data-passed'), String(closed.result.passed));
    const fraction = (await result.getByTestId('vote-fraction').textContent()).trim();
    assert.equal(fraction, `Tán thành 2/${closed.denominator} đảng viên chính thức được triệu tập`);
    assert.match(await result.textContent(), /Quá 1\/2 \(R14\)/);
    await screenshot(chair.page, 'vote-result-1280.png');

    // The members see the same card; on a phone it still fits.
    await official.page.getByTestId('vote-result').waitFor({ timeout: 30_000 });
    assert.equal((await official.page.getByTestId('vote-fraction').textContent()).trim(), fraction);
    assert.ok((await scrollWidth(official.page)) <= PHONE.width, 'the result fits a 360 px phone');
    await screenshot(official.page, 'vote-result-360.png');
    await probationary.page.getByTestId('vote-result').waitFor({ timeout: 30_000 });

    // The result lands in the draft minutes.
    const minutes = await json(chair.page, `/api/meetings/${meeting.id}/minutes`);
    const line = minutes.content.votes.find((v) => v.voteId === vote.id);
    assert.ok(line, 'the draft minutes list the vote');
    assert.deepEqual([line.yes, line.no, line.abstain, line.denominator], [2, 0, 0, closed.denominator]);
    const roomMinutes = official.page.getByTestId('room-minutes').getByTestId('minutes-vote');
    await roomMinutes.filter({ hasText: `tán thành 2, không tán thành 0, không biểu quyết 0 / ${closed.denominator} (R14)` }).waitFor();
  } finally {
    for (const { context } of [chair, official, probationary]) await context.close();
  }
}
