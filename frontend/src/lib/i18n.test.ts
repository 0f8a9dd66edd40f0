import dayjs from 'dayjs';
import { beforeEach, describe, expect, it } from 'vitest';

import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

import { changeLanguage, currentLanguage, i18n, initI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('i18n', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Vietnamese when nothing was chosen', () => {
    expect(storedLanguage()).toBe('vi');
    initI18n();
    expect(currentLanguage()).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('remembers the chosen language and moves html lang and dayjs with it', async () => {
    initI18n('vi');
    await changeLanguage('en');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(dayjs.locale()).toBe('en');
    expect(storedLanguage()).toBe('en');

    await changeLanguage('vi');
    expect(dayjs.locale()).toBe('vi');
    expect(i18n.t('app.name')).toBe('Chi bộ trực tuyến');
  });

  it('ignores an unknown stored value', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('vi');
  });

  it('has the same keys in Vietnamese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });
});
