import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RuleWarning } from '../types';

/** Rule warnings (never blocking) or refusals (blocking), each with the rule that speaks. */
export function RuleMessages({ items, kind, testId }: { items: RuleWarning[]; kind: 'warning' | 'refusal'; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="rule-messages">
      {items.map((item, index) => (
        <Alert
          key={`${item.code}-${index}`}
          type={kind === 'refusal' ? 'error' : 'warning'}
          showIcon
          role={kind === 'refusal' ? 'alert' : 'status'}
          data-testid={testId}
          data-rule={item.rule ?? undefined}
          data-code={item.code}
          message={
            <span>
              {item.rule && <Tag className="rule-tag">{item.rule}</Tag>}
              <span className="sr-only">{kind === 'refusal' ? t('meetings.check.refused') : t('meetings.check.warning')}: </span>
              {item.message}
            </span>
          }
        />
      ))}
    </div>
  );
}
