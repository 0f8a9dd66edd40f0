import { MobileOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { shownRole, type Participant } from '../types';

import { RoleTag } from './role-tag';

type Props = {
  participants: Participant[];
  youId: string;
  speakerId: string | null;
  /** Chair actions; absent for everyone who may not manage. */
  onGiveFloor?: (participant: Participant) => void;
  onRemove?: (participant: Participant) => void;
  live: boolean;
};

function order(a: Participant, b: Participant): number {
  if (a.present !== b.present) return a.present ? -1 : 1;
  return a.name.localeCompare(b.name, 'vi');
}

export function ParticipantList({ participants, youId, speakerId, onGiveFloor, onRemove, live }: Props) {
  const { t } = useTranslation();
  const present = participants.filter((p) => p.present).length;
  const sorted = [...participants].sort(order);
  return (
    <Card title={t('room.participants.title', { present, total: participants.length })} data-testid="room-participants" size="small">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('room.participants.empty')} />
      ) : (
        <ul className="room-list">
          {sorted.map((p) => {
            const canAct = live && !p.removed && p.memberId !== youId;
            return (
              <li
                key={p.memberId}
                className="room-list__row"
                data-testid="room-participant"
                data-member-id={p.memberId}
                data-present={p.present ? 'true' : 'false'}
              >
                <Badge
                  status={p.present ? 'success' : 'default'}
                  aria-label={p.removed ? t('room.participants.removed') : p.present ? t('room.participants.online') : t('room.participants.away')}
                />
                <span className="room-list__name">
                  <Typography.Text strong={p.memberId === speakerId} data-testid="room-participant-name">
                    {p.name}
                  </Typography.Text>
                  {p.memberId === youId && <Typography.Text type="secondary"> {t('room.participants.you')}</Typography.Text>}
                </span>
                <span className="room-list__tags">
                  <RoleTag role={shownRole(p)} />
                  {p.removed && <Tag color="error">{t('room.participants.removed')}</Tag>}
                  {p.present && (
                    <Tag icon={<MobileOutlined />} title={t('room.participants.devices', { count: p.devices })} data-testid="room-devices">
                      {p.devices}
                    </Tag>
                  )}
                </span>
                {canAct && (onGiveFloor || onRemove) && (
                  <span className="room-list__actions">
                    {onGiveFloor && p.present && p.role !== 'OBSERVER' && p.memberId !== speakerId && (
                      <Button size="small" onClick={() => onGiveFloor(p)} data-testid="room-give-floor">
                        {t('room.chair.giveFloor')}
                      </Button>
                    )}
                    {onRemove && (
                      <Button size="small" danger onClick={() => onRemove(p)} data-testid="room-remove">
                        {t('room.chair.remove')}
                      </Button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
