import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ConnectionState } from '../types';

const COLORS: Record<ConnectionState, string> = { connected: 'success', reconnecting: 'warning', offline: 'error' };

/** Always visible: members must know when what they see may be stale. */
export function ConnectionBadge({ state, firstConnect }: { state: ConnectionState; firstConnect: boolean }) {
  const { t } = useTranslation();
  const label = state === 'reconnecting' && firstConnect ? t('room.connection.connecting') : t(`room.connection.${state}`);
  return (
    <Tag color={COLORS[state]} data-testid="room-connection" data-state={state} role="status" aria-live="polite">
      {label}
    </Tag>
  );
}
