import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { Participant, QueuedHand, Speaker } from '../types';

type Props = {
  speaker: Speaker | null;
  queue: QueuedHand[];
  participants: Participant[];
  youId: string;
  /** Whether this user may raise a hand now (joined, not an observer, meeting live). */
  canSpeak: boolean;
  onRaise: () => void;
  onLower: () => void;
  onGiveFloor?: (memberId: string) => void;
  onEndFloor?: () => void;
};

export function FloorPanel({ speaker, queue, participants, youId, canSpeak, onRaise, onLower, onGiveFloor, onEndFloor }: Props) {
  const { t } = useTranslation();
  const name = (memberId: string) => participants.find((p) => p.memberId === memberId)?.name ?? '…';
  const handUp = queue.some((hand) => hand.memberId === youId);
  return (
    <Card title={t('room.floor.title')} size="small" data-testid="room-floor">
      <div data-testid="room-speaker" data-member-id={speaker?.memberId ?? ''}>
        <Typography.Text type="secondary">{t('room.floor.speaker')}</Typography.Text>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text strong>
            {speaker ? `${name(speaker.memberId)} · ${t('room.floor.since', { time: dayjs(speaker.startedAt).format('HH:mm') })}` : t('room.floor.nobody')}
          </Typography.Text>
          {speaker && onEndFloor && (
            <Button size="small" onClick={onEndFloor} data-testid="room-end-floor">
              {t('room.chair.endFloor')}
            </Button>
          )}
        </Flex>
      </div>
      {speaker?.memberId === youId && <Alert type="success" showIcon message={t('room.floor.youSpeak')} data-testid="room-you-speak" />}

      <Typography.Text type="secondary" className="room-queue-title">
        {t('room.floor.queue')}
      </Typography.Text>
      {queue.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('room.floor.queueEmpty')} />
      ) : (
        <ol className="room-list" data-testid="room-queue">
          {queue.map((hand) => (
            <li key={hand.memberId} className="room-list__row" data-testid="room-queue-entry" data-member-id={hand.memberId}>
              <span className="room-list__name">
                {name(hand.memberId)} <Typography.Text type="secondary">{dayjs(hand.raisedAt).format('HH:mm:ss')}</Typography.Text>
              </span>
              {onGiveFloor && (
                <Button size="small" type="primary" onClick={() => onGiveFloor(hand.memberId)} data-testid="room-queue-give-floor">
                  {t('room.chair.giveFloor')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {canSpeak &&
        (handUp ? (
          <Button block onClick={onLower} data-testid="room-lower-hand">
            {t('room.floor.lower')}
          </Button>
        ) : (
          <Button block type="primary" onClick={onRaise} data-testid="room-raise-hand">
            {t('room.floor.raise')}
          </Button>
        ))}
    </Card>
  );
}
