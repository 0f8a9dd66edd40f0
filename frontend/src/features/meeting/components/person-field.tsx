import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Pickers } from '../types';

/**
 * One member (chair, minute-taker, presenter): the current name as a tag, the picker only while
 * choosing, so a member the picker has not loaded still shows by name rather than by id.
 */
export function PersonField({
  value,
  onChange,
  name,
  pickers,
  testId,
  unitId,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  name?: string | null;
  pickers: Pickers;
  testId: string;
  unitId?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ id: string; label?: string }>();
  const [choosing, setChoosing] = useState(false);
  const label = picked && picked.id === value ? picked.label : name;
  if (value && !choosing) {
    return (
      <span className="person-field" data-testid={testId}>
        <Tag closable onClose={() => onChange?.(undefined)}>
          {label ?? value}
        </Tag>
        <Button size="small" type="link" onClick={() => setChoosing(true)}>
          {t('common.edit')}
        </Button>
      </span>
    );
  }
  return (
    <>
      {pickers.member({
        id,
        testId,
        unitId,
        onChange: (next, nextLabel) => {
          if (next) setPicked({ id: next, label: nextLabel });
          setChoosing(false);
          onChange?.(next);
        },
      })}
    </>
  );
}
