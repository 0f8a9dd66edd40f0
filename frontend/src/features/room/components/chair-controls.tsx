import { LeftOutlined, LockOutlined, RightOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { LIVE_STATES, type ChairCommand, type RoomSnapshot } from '../types';

type Props = { view: RoomSnapshot; send: (command: ChairCommand, body?: unknown) => void };

/** Shown only when the snapshot says this user may manage the meeting; the server decides anyway. */
export function ChairControls({ view, send }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const agenda = [...view.agenda].sort((a, b) => a.position - b.position);
  const index = view.currentItem ? agenda.findIndex((item) => item.id === view.currentItem?.id) : -1;
  const live = LIVE_STATES.has(view.state);
  const pick = (itemId: string | null) => send('agenda', { itemId });

  return (
    <Card title={t('room.chair.title')} size="small" data-testid="room-chair-controls">
      <Flex wrap gap={8}>
        {view.state === 'SCHEDULED' && (
          <Button type="primary" onClick={() => send('open')} data-testid="room-open">
            {t('room.chair.open')}
          </Button>
        )}
        {view.state === 'OPEN' && (
          <Button type="primary" onClick={() => send('start')} data-testid="room-start">
            {t('room.chair.start')}
          </Button>
        )}
        {live && (
          <>
            <Button icon={<LeftOutlined />} disabled={index <= 0} onClick={() => pick(agenda[index - 1].id)} data-testid="room-agenda-prev">
              {t('room.chair.prev')}
            </Button>
            <Button
              icon={<RightOutlined />}
              iconPosition="end"
              disabled={index >= agenda.length - 1}
              onClick={() => pick(agenda[index + 1].id)}
              data-testid="room-agenda-next"
            >
              {t('room.chair.next')}
            </Button>
            <Select
              className="room-agenda-pick"
              placeholder={t('room.chair.pick')}
              aria-label={t('room.chair.pick')}
              value={view.currentItem?.id}
              onChange={(value: string) => pick(value)}
              options={agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
              data-testid="room-agenda-pick"
            />
            {view.locked ? (
              <Button icon={<UnlockOutlined />} onClick={() => send('unlock')} data-testid="room-unlock">
                {t('room.chair.unlock')}
              </Button>
            ) : (
              <Button icon={<LockOutlined />} onClick={() => send('lock')} data-testid="room-lock">
                {t('room.chair.lock')}
              </Button>
            )}
            <Button
              danger
              onClick={() =>
                modal.confirm({
                  title: t('room.chair.endConfirm'),
                  okText: t('room.chair.end'),
                  okButtonProps: { danger: true, 'data-testid': 'room-end-confirm' },
                  cancelText: t('common.cancel'),
                  onOk: () => send('end'),
                })
              }
              data-testid="room-end"
            >
              {t('room.chair.end')}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}
