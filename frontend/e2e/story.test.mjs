// One month in the life of a cell (shared/STORY.md), told against the packaged application.
// Each feature adds its chapter here; chapters run in order and may rely on earlier ones.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { openingChapter } from './chapters/opening.mjs';
import { reviewerChecksTheCells } from './chapters/review.mjs';
import { rollCallChapter } from './chapters/roll-call.mjs';
import { voteChapter } from './chapters/vote.mjs';
import { closingChapter } from './chapters/closing.mjs';
import {
  baseUrl,
  chromiumPath,
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  scrollWidth,
} from './support/browser.mjs';
import { memberSeesTheMeeting, secretaryPreparesTheMeeting } from './chapters/before-the-meeting.mjs';
import { demoAccounts, STORY_CELL_NAME } from './support/demo-accounts.mjs';
import { freshTotp } from './support/totp.mjs';

/** Password, then the one-time code from the account's TOTP secret; ends where `next` pointed. */
async function logIn(page, account, next) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  const code = page.getByTestId('second-factor-code');
  await code.waitFor();
  await code.fill(await freshTotp(account.totpSecret));
  await page.getByTestId('second-factor-submit').click();
  await page.getByTestId('user-menu').waitFor();
  if (next) await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** Both widths for every new page: desktop as is, then the 360 px phone, which must not scroll sideways. */
async function screenshotBoth(page, name, ready) {
  await page.setViewportSize(DESKTOP);
  await ready?.();
  await screenshot(page, `${name}-1280.png`);
  await page.setViewportSize(PHONE);
  await ready?.();
  await screenshot(page, `${name}-360.png`);
  const width = await scrollWidth(page);
  assert.ok(width <= PHONE.width, `${name} is ${width}px wide at ${PHONE.width}px: something overflows`);
  await page.setViewportSize(DESKTOP);
}

function csvFile(name, lines) {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-import-'));
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`, 'utf8');
  return file;
}

describe('Một tháng của chi bộ (the story)', () => {
  let browser;

  before(async () => {
    baseUrl();
    chromiumPath();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  test('Chapter 0: a newcomer opens the home page in Vietnamese and switches to English', async () => {
    const { context, page } = await newPage(browser, { viewport: DESKTOP });
    try {
      await page.goto('/');

      const title = page.getByTestId('home-title');
      await title.waitFor();
      assert.equal((await title.textContent()).trim(), 'Sinh hoạt chi bộ trực tuyến');
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      await page.getByText(/^Phiên bản .+/).waitFor();
      assert.match(await page.title(), /Chi bộ trực tuyến/);
      await screenshot(page, 'home-vi.png');

      const languageSwitch = page.getByTestId('language-switch');
      assert.equal(await languageSwitch.getAttribute('aria-label'), 'Ngôn ngữ / Language');
      await languageSwitch.getByText('English', { exact: true }).click();

      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal((await title.textContent()).trim(), 'Online Party cell meetings');
      await page.getByText(/^Version .+/).waitFor();
      assert.match(await page.title(), /^Home · /);
      await screenshot(page, 'home-en.png');

      // The choice survives a reload.
      await page.reload();
      await title.waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');

      // Back to Vietnamese, then the phone most members use: nothing may scroll sideways.
      await languageSwitch.getByText('Tiếng Việt', { exact: true }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'vi');
      await page.setViewportSize(PHONE);
      await title.waitFor();
      await screenshot(page, 'home-mobile.png');
      const width = await scrollWidth(page);
      assert.ok(width <= PHONE.width, `the page is ${width}px wide at ${PHONE.width}px: something overflows`);
      assert.ok(await languageSwitch.isVisible(), 'the language switch stays reachable on a phone');
    } finally {
      await context.close();
    }
  });

  test('Chapter 1 — Before: the secretary logs in with a second factor', async () => {
    const { context, page } = await newPage(browser, { viewport: DESKTOP });
    try {
      // A page behind login sends her to the login page and back.
      await page.goto('/members');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/members');
      await page.getByTestId('login-form').waitFor();
      await screenshotBoth(page, 'login');

      // A wrong password is refused in plain Vietnamese.
      await page.getByTestId('login-username').fill(demoAccounts.secretary.username);
      await page.getByTestId('login-password').fill('not-her-password');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('login-error').waitFor();
      assert.match(await page.getByTestId('login-error').textContent(), /không đúng/);

      await page.getByTestId('login-password').fill(demoAccounts.secretary.password);
      await page.getByTestId('login-submit').click();
      const code = page.getByTestId('second-factor-code');
      await code.waitFor();
      assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
      assert.equal(await code.getAttribute('inputmode'), 'numeric');
      await screenshotBoth(page, 'login-second-factor');
      await code.fill(await freshTotp(demoAccounts.secretary.totpSecret));
      await page.getByTestId('second-factor-submit').click();

      // Back where she was going: the members of her own cell.
      await page.waitForURL((url) => url.pathname === '/members');
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('member-row').first().waitFor();
      const cells = await page.getByTestId('member-row').allTextContents();
      assert.ok(cells.length > 0, 'the secretary sees members');
      assert.ok(cells.every((row) => row.includes(STORY_CELL_NAME)), 'every member listed belongs to her cell');
      await screenshotBoth(page, 'members', () => page.getByTestId('member-row').first().waitFor());

      // One member's record, with the history of memberships.
      await page.getByTestId('member-link').first().click();
      await page.getByTestId('member-detail').waitFor();
      await screenshotBoth(page, 'member-detail', () => page.getByTestId('member-detail').waitFor());

      // The administrator's pages are not in her menu.
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      assert.equal(await nav.getByRole('link', { name: 'Nhật ký' }).count(), 0);

      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('login-button').waitFor({ timeout: 60_000 });
    } finally {
      await context.close();
    }
  });

  test('Chapter 1b — the administrator finds the cell in the tree and imports members from a file', async () => {
    const { context, page } = await newPage(browser, { viewport: DESKTOP });
    try {
      await logIn(page, demoAccounts.admin, '/organisation');

      // Browse the tree to the story's cell.
      await page.getByTestId('org-tree').waitFor();
      await page.getByTestId('org-tree-search').fill('Xay dung Long An');
      await page.getByTestId('org-tree').getByText(STORY_CELL_NAME, { exact: true }).click();
      const unitName = page.getByTestId('unit-name');
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="unit-name"]')?.textContent?.trim() === name,
        STORY_CELL_NAME,
      );
      assert.equal((await unitName.textContent()).trim(), STORY_CELL_NAME);
      const cellCode = (await page.getByTestId('unit-code').textContent()).trim();
      assert.ok(cellCode, 'the cell has a code');
      await page.getByTestId('unit-history').waitFor();
      assert.ok(await page.getByTestId('unit-action-rename').isVisible(), 'the administrator may rename it');
      await screenshotBoth(page, 'organisation', () => page.getByTestId('unit-details').waitFor());

      // Its members, then the import wizard for it.
      await page.getByTestId('unit-members-link').click();
      await page.waitForURL((url) => url.pathname === '/members' && !!url.searchParams.get('unitId'));
      await page.getByTestId('member-row').first().waitFor();
      assert.ok(await page.getByTestId('members-export-xlsx').isVisible());
      await page.getByTestId('members-import-link').click();
      await page.waitForURL((url) => url.pathname === '/members/import');
      await page.getByTestId('import-upload').waitFor();
      await screenshotBoth(page, 'import-upload');

      // A file with mistakes: a report, and no way to commit it.
      const stamp = String(Date.now()).slice(-7);
      const header = 'card_number,full_name,date_of_birth,admission_date,official_date,status,cell_code,group_code';
      const wrong = csvFile('sai.csv', [
        header,
        `79${stamp}1,Phạm Thị Hoa,31/02/1990,19/05/2015,19/05/2016,chinh_thuc,${cellCode},`,
        `79${stamp}2,,12/03/1988,03/02/2012,03/02/2013,chinh_thuc,${cellCode},`,
        `79${stamp}3,Võ Văn Tâm,01/01/1995,02/09/2025,,khong_ro,${cellCode},`,
      ]);
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(wrong);
      await page.getByTestId('import-invalid').waitFor();
      const errorRows = await page.getByTestId('import-error-row').count();
      assert.ok(errorRows >= 3, `the report lists every mistake (got ${errorRows})`);
      assert.ok(await page.getByTestId('import-commit').isDisabled(), 'an invalid file cannot be committed');
      await screenshotBoth(page, 'import-report', () => page.getByTestId('import-errors').waitFor());

      // The corrected file goes in.
      await page.getByTestId('import-restart').click();
      const right = csvFile('dung.csv', [
        header,
        `79${stamp}1,Phạm Thị Hoa,28/02/1990,19/05/2015,19/05/2016,chinh_thuc,${cellCode},`,
        `79${stamp}2,Đỗ Minh Khôi,12/03/1988,03/02/2012,03/02/2013,chinh_thuc,${cellCode},`,
        `79${stamp}3,Võ Văn Tâm,01/01/1995,02/09/2025,,du_bi,${cellCode},`,
      ]);
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(right);
      await page.getByTestId('import-valid').waitFor();
      assert.equal((await page.getByTestId('import-count-create').textContent()).trim(), '3');
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-result').waitFor();
      assert.match(await page.getByTestId('import-result').textContent(), /Thêm mới 3/);
      await screenshotBoth(page, 'import-result');

      // The new members are there, found without diacritics.
      await page.getByTestId('import-to-members').click();
      await page.getByTestId('member-search').fill('Do Minh Khoi');
      await page.getByText('Đỗ Minh Khôi').first().waitFor();

      // Accounts and the audit log, with the chain verified.
      await page.goto('/accounts');
      await page.getByTestId('accounts-table').waitFor();
      await page.locator('#accounts-search').fill(demoAccounts.secretary.username);
      await page.getByTestId(`account-row-${demoAccounts.secretary.username}`).waitFor();
      await screenshotBoth(page, 'accounts', () => page.getByTestId('accounts-table').waitFor());

      await page.goto('/audit');
      await page.getByTestId('audit-table').waitFor();
      await page.getByTestId('audit-verify').click();
      await page.getByTestId('audit-chain-valid').waitFor();
      await screenshotBoth(page, 'audit', () => page.getByTestId('audit-table').waitFor());
    } finally {
      await context.close();
    }
  });

  test('Chapter 1c — Before: the secretary prepares the meeting of the 3rd and schedules an online one', async () => {
    await secretaryPreparesTheMeeting(browser, { logIn, screenshotBoth });
  });

  test('Chapter 1d — Before: the official member finds the meeting in the calendar with its document', async () => {
    await memberSeesTheMeeting(browser, { logIn, screenshotBoth });
  });

  test('Chapters 2 and 4 — Opening and business: the live room, the floor, a dropped network', async () => {
    await openingChapter(browser, { logIn, screenshotBoth });
  });

  test('Chapter 3 — Roll call: the minute-taker marks the pre-filled roll, the secretary confirms it', async () => {
    await rollCallChapter(browser, { logIn, screenshotBoth });
  });

  test('Chapter 5 — Vote: the secretary opens a vote on the resolution, members vote, the result meets the denominator', async () => {
    await voteChapter(browser, { logIn, screenshotBoth });
  });

  test('Chapter 6 — Closing: the minutes typed live, read back, adopted, signed with a second factor, downloaded', async () => {
    await closingChapter(browser, { logIn, screenshotBoth });
  });

  test('Chapter 7 — After: the reviewer opens the heatmap, finds a member at three unexcused months, exports XLSX', async () => {
    await reviewerChecksTheCells(browser, { logIn, screenshotBoth });
  });
});
