import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** This year and the four before it. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <Select
      value={value}
      onChange={onChange}
      aria-label={t('attendance.year')}
      data-testid="attendance-year"
      style={{ width: 110 }}
      options={[0, 1, 2, 3, 4].map((back) => ({ value: thisYear - back, label: String(thisYear - back) }))}
    />
  );
}
