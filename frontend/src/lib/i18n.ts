import 'dayjs/locale/vi';
import 'dayjs/locale/en';

import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

/** Vietnamese first: it is the default for everyone until they pick English. */
export const LANGUAGES = [
  { code: 'vi', nativeName: 'Tiếng Việt', short: 'VI' },
  { code: 'en', nativeName: 'English', short: 'EN' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'chibo.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: Language) {
  document.documentElement.lang = language;
  dayjs.locale(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See storedLanguage(): not persisting is acceptable.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export function changeLanguage(language: Language) {
  return i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', (lng) => applyLanguage(isLanguage(lng) ? lng : DEFAULT_LANGUAGE));
    void i18n.use(initReactI18next).init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  applyLanguage(currentLanguage());
  return i18n;
}

export { i18n };
