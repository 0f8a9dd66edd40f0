import { Tag, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import { isActive } from '../flags';
import type { Flag, MemberStatus } from '../types';

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'OFFICIAL' ? 'red' : 'gold'}>{t(`organisation.status.${status}`)}</Tag>;
}

const FLAG_COLOR: Record<Flag['kind'], string> = {
  EXEMPT: 'purple',
  SUSPENDED: 'magenta',
  TRANSFERRED_OUT: 'cyan',
  TRANSFERRED_IN: 'geekblue',
};

export function FlagTags({ flags, all = false }: { flags: Flag[]; all?: boolean }) {
  const { t } = useTranslation();
  const shown = all ? flags : flags.filter((flag) => isActive(flag));
  if (!shown.length) return null;
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((flag) => (
        <Tag key={flag.id} color={FLAG_COLOR[flag.kind]} bordered={false}>
          {t(`organisation.flags.${flag.kind}`)}
          {all && ` · ${formatDate(flag.from)} – ${flag.to ? formatDate(flag.to) : t('organisation.ongoing')}`}
        </Tag>
      ))}
    </Space>
  );
}
