// One month in the life of a cell (shared/STORY.md), told against the packaged application.
// Each feature adds its chapter here; chapters run in order and may rely on earlier ones.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

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
});
