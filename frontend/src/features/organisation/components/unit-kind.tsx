import { ApartmentOutlined, BankOutlined, ClusterOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { UnitKind } from '../types';

const LOOK: Record<UnitKind, { icon: ReactNode; color: string }> = {
  COMMITTEE: { icon: <BankOutlined />, color: 'red' },
  GRASSROOTS: { icon: <ApartmentOutlined />, color: 'volcano' },
  CELL: { icon: <ClusterOutlined />, color: 'gold' },
  PARTY_GROUP: { icon: <TeamOutlined />, color: 'blue' },
};

export function UnitKindIcon({ kind }: { kind: UnitKind }) {
  return <span aria-hidden className={`unit-kind-icon unit-kind-icon--${kind.toLowerCase()}`}>{LOOK[kind].icon}</span>;
}

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={LOOK[kind].color} bordered={false} icon={LOOK[kind].icon}>
      {t(`organisation.kinds.${kind}`)}
    </Tag>
  );
}
