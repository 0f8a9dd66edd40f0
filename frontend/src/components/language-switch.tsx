import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';

import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '@/lib/i18n';

/**
 * Both languages always visible, each named in itself, as native radio buttons: Tab reaches the
 * group, arrow keys switch. On narrow screens the names shrink to VI / EN visually while screen
 * readers still hear "Tiếng Việt" and "English".
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();

  return (
    <div role="radiogroup" aria-label={t('language.label')} data-testid="language-switch">
      <Radio.Group
        className="language-switch"
        optionType="button"
        buttonStyle="solid"
        size="small"
        name="language"
        value={value}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          // The name is set on the input itself so it stays "English" whichever label is shown.
          <Radio.Button key={language.code} value={language.code} aria-label={language.nativeName}>
            <span lang={language.code}>
              <span className="language-switch__long">{language.nativeName}</span>
              <span className="language-switch__short" aria-hidden="true">
                {language.short}
              </span>
            </span>
          </Radio.Button>
        ))}
      </Radio.Group>
    </div>
  );
}
