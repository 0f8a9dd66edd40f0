import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  CHAIR: 'red',
  MINUTE_TAKER: 'volcano',
  MEMBER: 'blue',
  PROBATIONARY: 'cyan',
  GUEST: 'purple',
  OBSERVER: 'default',
};

export function RoleTag({ role }: { role: string }) {
  const { t, i18n } = useTranslation();
  const key = `room.roles.${role}`;
  return (
    <Tag color={COLORS[role] ?? 'default'} data-testid="room-role" data-role={role}>
      {i18n.exists(key) ? t(key) : role}
    </Tag>
  );
}
