import 'dayjs/locale/en-gb';

import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Empty, Grid, List, Segmented, Spin, type CalendarProps } from 'antd';
import enGB from 'antd/locale/en_GB';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { useMeetings } from '../api/meetings';
import { formatSpan, formatTime, monthRange, vietnamDay, VIETNAM } from '../time';
import type { Meeting } from '../types';

import { MeetingTags } from './meeting-tags';

export type MeetingLinks = { meeting: (id: string) => string; newMeeting?: string };

type View = 'calendar' | 'list';

function currentMonth(param: string | null): Dayjs {
  const parsed = param && /^\d{4}-\d{2}$/.test(param) ? dayjs(`${param}-01`) : undefined;
  return parsed?.isValid() ? parsed : dayjs(dayjs().tz(VIETNAM).format('YYYY-MM-01'));
}

/**
 * The meetings the user may see, a month at a time: a calendar (a compact one on phones) or a list.
 * The month and the view live in the address, so a link or a reload keeps them.
 */
export function MeetingCalendar({ links }: { links: MeetingLinks }) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const month = currentMonth(params.get('month'));
  const view: View = params.get('view') === 'list' ? 'list' : 'calendar';
  const range = monthRange(month);
  const meetings = useMeetings(range);
  const [selectedDay, setSelectedDay] = useState<string>();

  const byDay = useMemo(() => {
    const map = new Map<string, Meeting[]>();
    for (const meeting of [...(meetings.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
      const day = vietnamDay(meeting.startsAt);
      map.set(day, [...(map.get(day) ?? []), meeting]);
    }
    return map;
  }, [meetings.data]);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next, { replace: true });
  };
  const goTo = (target: Dayjs) => {
    setSelectedDay(undefined);
    update({ month: target.format('YYYY-MM') });
  };

  const compact = !screens.md;
  const sorted = [...byDay.entries()].flatMap(([, list]) => list);
  const listed = selectedDay ? (byDay.get(selectedDay) ?? []) : sorted;

  return (
    <div className="meeting-calendar" data-testid="meeting-calendar" data-month={month.format('YYYY-MM')}>
      <div className="meeting-calendar__toolbar">
        <div className="meeting-calendar__month">
          <Button icon={<LeftOutlined />} aria-label={t('meetings.prevMonth')} onClick={() => goTo(month.subtract(1, 'month'))} data-testid="calendar-prev" />
          <h2 className="meeting-calendar__month-label" data-testid="calendar-month" aria-live="polite">
            {t('meetings.monthLabel', { month: month.format('MM/YYYY') })}
          </h2>
          <Button icon={<RightOutlined />} aria-label={t('meetings.nextMonth')} onClick={() => goTo(month.add(1, 'month'))} data-testid="calendar-next" />
          <Button onClick={() => goTo(dayjs())} data-testid="calendar-today">
            {t('meetings.thisMonth')}
          </Button>
        </div>
        <div className="meeting-calendar__actions">
          <Segmented<View>
            value={view}
            onChange={(value) => update({ view: value })}
            options={[
              { value: 'calendar', label: <span data-testid="meetings-view-calendar">{t('meetings.views.calendar')}</span> },
              { value: 'list', label: <span data-testid="meetings-view-list">{t('meetings.views.list')}</span> },
            ]}
          />
          {links.newMeeting && (
            <Link to={links.newMeeting} data-testid="meeting-new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('meetings.new')}
              </Button>
            </Link>
          )}
        </div>
      </div>

      <ProblemAlert error={meetings.error} />
      {meetings.isPending && <Spin />}

      {view === 'calendar' && (
        <Calendar
          value={month}
          // Weeks start on Monday in Vietnam; in English too (British English keeps Monday first).
          locale={i18n.resolvedLanguage === 'en' ? (enGB.Calendar as CalendarProps<Dayjs>['locale']) : undefined}
          fullscreen={!compact}
          headerRender={() => null}
          onSelect={(date, info) => {
            if (info.source === 'date' && compact) setSelectedDay(date.format('YYYY-MM-DD'));
          }}
          cellRender={(date, info) => {
            if (info.type !== 'date' || !date.isSame(month, 'month')) return null;
            const day = byDay.get(date.format('YYYY-MM-DD')) ?? [];
            if (day.length === 0) return null;
            if (compact) return <span className="meeting-calendar__dot" aria-label={String(day.length)} />;
            return (
              <ul className="meeting-calendar__entries">
                {day.map((meeting) => (
                  <li key={meeting.id}>
                    <Link
                      to={links.meeting(meeting.id)}
                      className={`meeting-calendar__entry meeting-calendar__entry--${meeting.state.toLowerCase()}`}
                      data-testid="calendar-meeting"
                      data-kind={meeting.kind}
                      data-day={vietnamDay(meeting.startsAt)}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {formatTime(meeting.startsAt)} {meeting.title}
                    </Link>
                  </li>
                ))}
              </ul>
            );
          }}
        />
      )}

      {(view === 'list' || compact) && (
        <List
          className="meeting-list"
          dataSource={listed}
          locale={{ emptyText: <Empty description={t('meetings.none')} /> }}
          renderItem={(meeting) => (
            <List.Item
              key={meeting.id}
              data-testid="meeting-list-item"
              data-kind={meeting.kind}
              data-day={vietnamDay(meeting.startsAt)}
              data-state={meeting.state}
            >
              <List.Item.Meta
                title={
                  <Link to={links.meeting(meeting.id)} data-testid="meeting-link">
                    {meeting.title}
                  </Link>
                }
                description={
                  <div className="meeting-list__details">
                    <span>{formatSpan(meeting.startsAt, meeting.endsAt)}</span>
                    <span>
                      {meeting.unitName} · {meeting.mode === 'ONLINE' ? t('meetings.online') : (meeting.place ?? '')}
                    </span>
                    <MeetingTags meeting={meeting} />
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

