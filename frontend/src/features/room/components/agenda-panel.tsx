import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RoomAgendaItem } from '../types';

export function AgendaPanel({ agenda, current }: { agenda: RoomAgendaItem[]; current: RoomAgendaItem | null }) {
  const { t } = useTranslation();
  return (
    <Card title={t('room.agenda.title')} size="small" data-testid="room-agenda">
      <div className="room-current" data-testid="room-current-item" data-item-id={current?.id ?? ''}>
        <Typography.Text type="secondary">{t('room.agenda.current')}</Typography.Text>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {current ? `${current.position}. ${current.title}` : t('room.agenda.none')}
        </Typography.Title>
      </div>
      {agenda.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('room.agenda.empty')} />
      ) : (
        <ol className="room-agenda">
          {[...agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) => (
              <li
                key={item.id}
                className={item.id === current?.id ? 'room-agenda__item room-agenda__item--current' : 'room-agenda__item'}
                aria-current={item.id === current?.id ? 'step' : undefined}
                data-testid="room-agenda-item"
              >
                {item.position}. {item.title}
              </li>
            ))}
        </ol>
      )}
    </Card>
  );
}
