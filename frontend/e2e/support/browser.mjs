// Shared by every chapter of the story: one way to find the app, launch Chromium and keep screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** The packaged application under test, e.g. http://localhost:8080 (no trailing slash). */
export function baseUrl() {
  const value = process.env.BASE_URL;
  if (!value) {
    throw new Error(
      'BASE_URL is not set: point it at the running application, e.g. BASE_URL=http://localhost:8080 npm run e2e',
    );
  }
  return value.replace(/\/+$/, '');
}

export function chromiumPath() {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executable)) {
    throw new Error('Chromium is missing: apt-get install -y chromium');
  }
  return executable;
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Each role of the story gets its own context: its own cookies, language and viewport. */
export async function newPage(browser, { viewport = DESKTOP, locale = 'vi-VN' } = {}) {
  const context = await browser.newContext({ viewport, locale, baseURL: baseUrl() });
  const page = await context.newPage();
  return { context, page };
}

export function screenshotDir() {
  const dir = path.resolve(frontendDir, process.env.SCREENSHOT_DIR || '../backend/target/e2e');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function screenshotPath(name) {
  return path.join(screenshotDir(), name);
}

export async function screenshot(page, name) {
  const file = screenshotPath(name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Width of the page's content; anything above the viewport means a horizontal scrollbar. */
export async function scrollWidth(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth);
}
