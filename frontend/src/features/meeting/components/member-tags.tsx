import { Tag } from 'antd';
import { Fragment, useState } from 'react';

import type { Pickers } from '../types';

/**
 * Several members picked one at a time (guests, members who cannot meet in person). Names come from
 * what the caller already knows, or from the picker as members are added.
 */
export function MemberTags({
  value = [],
  onChange,
  known = {},
  pickers,
  testId,
  unitId,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  known?: Record<string, string>;
  pickers: Pickers;
  testId: string;
  unitId?: string;
}) {
  const [names, setNames] = useState<Record<string, string>>({});
  const [picking, setPicking] = useState(0);
  return (
    <div className="member-tags" data-testid={testId}>
      {value.length > 0 && (
        <div className="member-tags__list">
          {value.map((id) => (
            <Tag key={id} closable onClose={() => onChange?.(value.filter((other) => other !== id))} data-testid={`${testId}-tag`}>
              {known[id] ?? names[id] ?? id}
            </Tag>
          ))}
        </div>
      )}
      {/* A fresh picker after each choice, so it is empty and ready for the next member. */}
      <Fragment key={picking}>
        {pickers.member({
        testId: `${testId}-picker`,
        unitId,
        onChange: (id, label) => {
          if (!id) return;
          if (label) setNames((current) => ({ ...current, [id]: label }));
          if (!value.includes(id)) onChange?.([...value, id]);
          setPicking((count) => count + 1);
        },
        })}
      </Fragment>
    </div>
  );
}
