import { VideoCameraOutlined } from '@ant-design/icons';
import { Alert, App, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useRoom } from '../hooks/use-room';
import { LIVE_STATES, type AnyRoomEvent, type Participant, type RoomErrorMessage } from '../types';

import { AgendaPanel } from './agenda-panel';
import { ChairControls } from './chair-controls';
import { ConnectionBadge } from './connection-badge';
import { FloorPanel } from './floor-panel';
import { ParticipantList } from './participant-list';
import { RemoveDialog } from './remove-dialog';

/** What the page tells its video slot (the app fills it with the video feature's call). */
export type RoomMinutesContext = {
  meetingId: string;
  /** The latest event another module announced in the room (the minutes follow theirs). */
  announcement: AnyRoomEvent | null;
};

export type RoomVideoContext = {
  meetingId: string;
  /** The meeting is open or in progress. */
  open: boolean;
  /** This member's name as the room lists it. */
  displayName?: string;
};

/** What the page tells its votes slot (the app fills it with the voting feature's panel). */
export type RoomVotesContext = {
  meetingId: string;
  /** The meeting is in progress. */
  live: boolean;
  /** This user runs the meeting. */
  manage: boolean;
  agenda: { id: string; title: string }[];
  currentItemId: string | null;
  /** The latest event of a type the room does not know itself (`vote-progress` …), for the slot to react to. */
  announcement: { type: string; seq: number } | null;
};

/**
 * The live room of one meeting: who is here, what is being discussed, who speaks. `video` renders
 * the call area; without it the page says the call is not part of it. `attendance` renders beside the
 * participant list (the app fills it with the attendance feature's live panel); `votes` renders the votes
 * under the agenda and `minutes` the biên bản under the participants; without them there is none.
 */
export function RoomPage({
  meetingId,
  video,
  attendance,
  minutes,
  votes,
}: {
  meetingId: string;
  video?: (context: RoomVideoContext) => ReactNode;
  attendance?: (context: RoomVideoContext) => ReactNode;
  /** The minutes area under the participants (the app fills it with the minutes feature). */
  minutes?: (context: RoomMinutesContext) => ReactNode;
  votes?: (context: RoomVotesContext) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useCallback(
    (error: RoomErrorMessage) => {
      const key = `room.errors.${error.code}`;
      void message.error(i18n.exists(key) ? t(key) : (error.message ?? t('room.errors.internal-error')));
    },
    [message, t, i18n],
  );
  const room = useRoom(meetingId, showError);
  const [removing, setRemoving] = useState<Participant | null>(null);

  const { view } = room;
  if (room.refused) {
    const key = `room.errors.${room.refused}`;
    return (
      <Alert
        type="error"
        showIcon
        message={t('room.refused.title')}
        description={i18n.exists(key) ? t(key) : room.refused}
        data-testid="room-refused"
      />
    );
  }

  const header = (
    <Flex wrap gap={8} align="center" justify="space-between" className="room-header">
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="room-title">
        {view?.title ?? t('room.pageTitle')}
      </Typography.Title>
      <Flex wrap gap={4} align="center">
        {view && (
          <Tag color={view.state === 'IN_PROGRESS' ? 'green' : 'default'} data-testid="room-state" data-state={view.state}>
            {i18n.exists(`room.state.${view.state}`) ? t(`room.state.${view.state}`) : view.state}
          </Tag>
        )}
        {view?.locked && <Tag color="orange">{t('room.locked')}</Tag>}
        <ConnectionBadge state={room.connection} firstConnect={!view} />
      </Flex>
    </Flex>
  );

  if (!view) {
    return (
      <div className="room-page">
        {header}
        <Skeleton active aria-label={t('room.loading')} />
      </div>
    );
  }

  const manage = view.you.manage;
  const live = LIVE_STATES.has(view.state);
  const me = view.participants.find((p) => p.memberId === view.you.memberId);
  const canSpeak = live && room.joined && view.you.role !== 'OBSERVER' && !me?.removed;

  return (
    <div className="room-page" data-testid="room-page">
      {header}
      {me?.removed && <Alert type="error" showIcon message={t('room.removedNotice')} data-testid="room-removed" />}
      {view.state === 'ENDED' && <Alert type="info" showIcon message={t('room.endedNotice')} data-testid="room-ended" />}
      {view.state === 'SCHEDULED' && !manage && <Alert type="info" showIcon message={t('room.notOpenNotice')} />}
      {manage && <ChairControls view={view} send={room.send} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            {!me?.removed && (
              <Card size="small" title={t('room.video.title')} className="room-video" data-testid="room-video">
                {video ? (
                  video({ meetingId, open: live, displayName: me?.name })
                ) : (
                  <Flex gap={12} align="center">
                    <VideoCameraOutlined style={{ fontSize: 24 }} aria-hidden />
                    <Typography.Text type="secondary">{t('room.video.placeholder')}</Typography.Text>
                  </Flex>
                )}
              </Card>
            )}
            <AgendaPanel agenda={view.agenda} current={view.currentItem} />
            {votes?.({
              meetingId,
              live: view.state === 'IN_PROGRESS',
              manage,
              agenda: view.agenda.map((i) => ({ id: i.id, title: i.title })),
              currentItemId: view.currentItem?.id ?? null,
              announcement: view.announcement ?? null,
            })}
            <FloorPanel
              speaker={view.speaker}
              queue={view.queue}
              participants={view.participants}
              youId={view.you.memberId}
              canSpeak={canSpeak}
              onRaise={() => room.send('raise-hand')}
              onLower={() => room.send('lower-hand')}
              onGiveFloor={manage && live ? (memberId) => room.send('give-floor', { memberId }) : undefined}
              onEndFloor={manage && live ? () => room.send('end-floor') : undefined}
            />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <ParticipantList
            participants={view.participants}
            youId={view.you.memberId}
            speakerId={view.speaker?.memberId ?? null}
            live={live}
            onGiveFloor={manage ? (p) => room.send('give-floor', { memberId: p.memberId }) : undefined}
            onRemove={manage ? setRemoving : undefined}
          />
          {attendance && <div className="room-attendance">{attendance({ meetingId, open: live, displayName: me?.name })}</div>}
        </Col>
        {minutes && (
          <Col xs={24} data-testid="room-minutes">
            {minutes({ meetingId, announcement: view.announcement ?? null })}
          </Col>
        )}
      </Row>
      <RemoveDialog
        participant={removing}
        onClose={() => setRemoving(null)}
        onConfirm={(reason) => removing && room.send('remove', { memberId: removing.memberId, reason })}
      />
    </div>
  );
}
