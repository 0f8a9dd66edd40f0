import { Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '@/hooks/use-debounced-value';

import { useMembers } from '../api/members';
import { useUnits } from '../api/units';
import { buildTree, fold, type UnitTreeNode } from '../tree';
import type { Unit, UnitKind } from '../types';

type TreeOption = { value: string; title: string; selectable: boolean; children: TreeOption[] };

function toOptions(nodes: UnitTreeNode[], kinds?: readonly UnitKind[]): TreeOption[] {
  return nodes.map((node) => ({
    value: node.unit.id,
    title: node.unit.name,
    selectable: !kinds || kinds.includes(node.unit.kind),
    children: toOptions(node.children, kinds),
  }));
}

export type UnitSelectProps = {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  testId?: string;
  /** Only these kinds can be chosen (others stay visible as the path to them). */
  kinds?: readonly UnitKind[];
  exclude?: (unit: Unit) => boolean;
  placeholder?: string;
  allowClear?: boolean;
};

/** A unit from the tree the user may see, searchable without diacritics. */
export function UnitSelect({ value, onChange, id, testId, kinds, exclude, placeholder, allowClear = true }: UnitSelectProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const treeData = useMemo(() => {
    const list = (units.data ?? []).filter((unit) => !unit.dissolvedAt && !exclude?.(unit));
    return toOptions(buildTree(list), kinds);
  }, [units.data, kinds, exclude]);
  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      className="unit-select"
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      loading={units.isPending}
      showSearch
      allowClear={allowClear}
      treeDefaultExpandAll
      placeholder={placeholder ?? t('organisation.pickUnit')}
      filterTreeNode={(input, node) => fold(String(node.title ?? '')).includes(fold(input))}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 220 }}
    />
  );
}

export type MemberSelectProps = {
  value?: string;
  /** The label ("name · card number") comes along so a caller can show whom it picked. */
  onChange?: (value: string | undefined, label?: string) => void;
  id?: string;
  testId?: string;
  unitId?: string;
  allowClear?: boolean;
};

/** A member found by name or card number (the server searches, without diacritics). */
export function MemberSelect({ value, onChange, id, testId, unitId, allowClear = true }: MemberSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const members = useMembers({ unitId, q, page: 1, size: 20 });
  return (
    <Select
      id={id}
      data-testid={testId}
      value={value}
      onChange={(next, option) => onChange?.(next ?? undefined, Array.isArray(option) ? undefined : (option?.label as string | undefined))}
      showSearch
      allowClear={allowClear}
      filterOption={false}
      onSearch={setSearch}
      loading={members.isFetching}
      placeholder={t('organisation.pickMember')}
      notFoundContent={members.isFetching ? t('common.loading') : t('common.noResults')}
      options={(members.data?.items ?? []).map((member) => ({
        value: member.id,
        label: `${member.fullName} · ${member.cardNumber}`,
      }))}
      style={{ width: '100%', minWidth: 220 }}
    />
  );
}
