import { Alert, Button, Card, Descriptions, Empty, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/page-title';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';

import { useMeeting } from '../api/meetings';
import { formatSpan } from '../time';
import type { Meeting, Pickers } from '../types';

import { AgendaEditor, AgendaItemFacts } from './agenda-editor';
import { DocumentPanel } from './document-panel';
import { MeetingTags } from './meeting-tags';
import { RuleMessages } from './rule-warnings';
import { TransitionBar } from './transition-bar';

export type MeetingPageLinks = {
  meeting: (id: string) => string;
  edit: (id: string) => string;
  room: (id: string) => string;
  /** The attendance feature's roll call of the meeting (shown once the room is open). */
  rollCall?: (id: string) => string;
  /** The cell's R11 absence list (shown to those who run the meeting). */
  cellAbsences?: (cellId: string) => string;
  /** The meeting's biên bản, once the meeting has opened. */
  minutes?: (id: string) => string;
};

const ROLL_CALL_STATES = new Set(['OPEN', 'IN_PROGRESS', 'ENDED', 'MINUTES_ADOPTED']);

const EDITABLE = new Set(['DRAFT', 'SCHEDULED']);
const ROOM_STATES = new Set(['SCHEDULED', 'OPEN', 'IN_PROGRESS']);
const MINUTES_STATES = new Set(['OPEN', 'IN_PROGRESS', 'ENDED', 'MINUTES_ADOPTED']);

function ReadOnlyAgenda({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const agenda = [...(meeting.agenda ?? [])].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="agenda-heading" data-testid="meeting-agenda">
      <Typography.Title level={2} id="agenda-heading" className="section-heading__title">
        {t('meetings.detail.agenda')}
      </Typography.Title>
      {agenda.length === 0 ? (
        <Empty description={t('meetings.detail.noAgenda')} />
      ) : (
        <ol className="agenda-list">
          {agenda.map((item, index) => (
            <li key={item.id} className="agenda-item" data-testid="agenda-item" data-type={item.type}>
              <div className="agenda-item__body">
                <div className="agenda-item__title">
                  {index + 1}. {item.title}
                </div>
                <AgendaItemFacts item={item} />
              </div>
              <DocumentPanel meetingId={meeting.id} item={item} manage={false} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Everything a member needs before the meeting; for its managers, the lifecycle and the agenda editor. */
export function MeetingPage({ meetingId, pickers, links }: { meetingId: string; pickers: Pickers; links: MeetingPageLinks }) {
  const { t } = useTranslation();
  const query = useMeeting(meetingId);

  if (query.isPending) return <Spin />;
  if (query.isError) return <ProblemAlert error={query.error} testId="meeting-load-error" />;
  const meeting = query.data;
  if (!meeting) return <Result status="404" />;

  const manage = !!meeting.permissions?.manage;
  const editable = manage && EDITABLE.has(meeting.state);
  const planned = meeting.plannedMinutes ?? (meeting.agenda ?? []).reduce((sum, item) => sum + item.plannedMinutes, 0);

  return (
    <div className="meeting-page" data-testid="meeting-page" data-meeting-id={meeting.id} data-mode={meeting.mode}>
      <PageTitle
        testId="meeting-title"
        extra={
          <Space wrap>
            {ROOM_STATES.has(meeting.state) && (
              <Link to={links.room(meeting.id)} data-testid="meeting-enter-room">
                <Button type="primary">{t('meetings.detail.enterRoom')}</Button>
              </Link>
            )}
            {links.rollCall && ROLL_CALL_STATES.has(meeting.state) && (
              <Link to={links.rollCall(meeting.id)} data-testid="meeting-roll-call">
                <Button>{t('meetings.detail.rollCall')}</Button>
              </Link>
            )}
            {links.minutes && MINUTES_STATES.has(meeting.state) && (
              <Link to={links.minutes(meeting.id)} data-testid="meeting-minutes">
                <Button>{t('meetings.detail.minutes')}</Button>
              </Link>
            )}
            {links.cellAbsences && manage && (
              <Link to={links.cellAbsences(meeting.cellId)} data-testid="meeting-cell-absences">
                <Button>{t('meetings.detail.cellAbsences')}</Button>
              </Link>
            )}
            {editable && (
              <Link to={links.edit(meeting.id)} data-testid="meeting-edit">
                <Button>{t('meetings.detail.edit')}</Button>
              </Link>
            )}
          </Space>
        }
      >
        {meeting.title}
      </PageTitle>
      <MeetingTags meeting={meeting} />

      {meeting.stateReason && (
        <Alert
          type="info"
          showIcon
          className="meeting-page__reason"
          message={t('meetings.detail.stateReason', { reason: meeting.stateReason })}
          action={
            meeting.postponedToId ? (
              <Link to={links.meeting(meeting.postponedToId)} data-testid="meeting-postponed-to">
                {t('meetings.detail.postponedTo')}
              </Link>
            ) : undefined
          }
        />
      )}

      <Card className="meeting-page__facts">
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" data-testid="meeting-facts">
          <Descriptions.Item label={t('meetings.detail.unit')}>{meeting.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.fields.time')}>
            <span data-testid="meeting-time">
              {formatSpan(meeting.startsAt, meeting.endsAt)} ({t('meetings.fields.timeZone')})
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.fields.mode')}>{t(`meetings.modes.${meeting.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.fields.place')}>
            <span data-testid="meeting-place">
              {meeting.mode === 'ONLINE'
                ? t('meetings.online')
                : meeting.mode === 'HYBRID'
                  ? `${meeting.place ?? ''} · ${t('meetings.online')}`
                  : (meeting.place ?? '')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.fields.chair')}>
            <span data-testid="meeting-chair-name">{meeting.chair?.fullName ?? t('meetings.notSet')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.fields.minuteTaker')}>
            <span data-testid="meeting-minute-taker-name">{meeting.minuteTaker?.fullName ?? t('meetings.notSet')}</span>
          </Descriptions.Item>
          {meeting.guests.length > 0 && (
            <Descriptions.Item label={t('meetings.fields.guests')}>{meeting.guests.map((guest) => guest.fullName).join(', ')}</Descriptions.Item>
          )}
          {planned > 0 && (
            <Descriptions.Item label={t('meetings.fields.planned')}>{t('meetings.minutes', { count: planned })}</Descriptions.Item>
          )}
          {meeting.authorisation && (
            <Descriptions.Item label={t('meetings.fields.authorisation')}>
              {meeting.authorisation.referenceNumber} ({t('meetings.authorisations.validTo')} {formatDate(meeting.authorisation.validTo)})
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      {(meeting.warnings ?? []).length > 0 && (
        <section className="meeting-page__warnings" aria-label={t('meetings.detail.warnings')}>
          <RuleMessages items={meeting.warnings ?? []} kind="warning" testId="meeting-warning" />
        </section>
      )}

      {manage && <TransitionBar meeting={meeting} />}

      {editable ? <AgendaEditor meeting={meeting} pickers={pickers} /> : <ReadOnlyAgenda meeting={meeting} />}
    </div>
  );
}
