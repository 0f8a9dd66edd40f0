import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AbsenceLevel } from '../types';

/** R11: two months warn the committee; three flag the removal procedure (Điều 8.1), never an automatic action. */
export function AbsenceLevelTag({ level }: { level: AbsenceLevel }) {
  const { t } = useTranslation();
  if (level === 'NONE') return null;
  return (
    <Tag color={level === 'REMOVAL_PROCEDURE' ? 'red' : 'orange'} data-testid="absence-level">
      {t(`attendance.level.${level}`)}
    </Tag>
  );
}
