import { Alert, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';

import { useMemberAttendance } from '../api/attendance';
import { monthLabel } from '../month';
import { PRESENT, type AttendanceLinks, type HistoryLine } from '../types';

import { AbsenceLevelTag } from './absence-level-tag';
import { YearSelect } from './year-select';

/** A member's year: every confirmed roll they were on, and their months absent without reason (R11). */
export function MemberAttendancePage({ memberId, links }: { memberId: string; links: AttendanceLinks }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = useMemberAttendance(memberId, year);
  const data = query.data;

  return (
    <Flex vertical gap={16} data-testid="member-attendance-page">
      <Flex gap={8} align="center" wrap>
        <YearSelect value={year} onChange={setYear} />
        {data && <Typography.Text strong>{data.fullName}</Typography.Text>}
      </Flex>
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} testId="member-attendance-error" />}
      {data && (
        <>
          <Flex gap={8} align="center" wrap data-testid="member-unexcused" data-months={data.unexcusedMonths}>
            <Typography.Text>
              {t('attendance.history.unexcused', {
                count: data.unexcusedMonths,
                months: data.months.map((month) => monthLabel(month.month)).join(', '),
              })}
            </Typography.Text>
            <AbsenceLevelTag level={data.level} />
          </Flex>
          {data.level === 'REMOVAL_PROCEDURE' && <Alert type="error" showIcon message={t('attendance.absences.removalHint')} />}
          <Table<HistoryLine>
            size="small"
            rowKey="meetingId"
            pagination={false}
            dataSource={data.meetings}
            scroll={{ x: true }}
            locale={{ emptyText: t('attendance.history.none') }}
            columns={[
              {
                title: t('attendance.history.meeting'),
                key: 'meeting',
                render: (_, line) => (
                  <Link to={links.meeting(line.meetingId)}>
                    {formatDateTime(line.startsAt)} — {line.title}
                    {line.groupMeeting ? ` (${t('attendance.groupMeeting')})` : ''}
                  </Link>
                ),
              },
              {
                title: t('attendance.history.status'),
                key: 'status',
                render: (_, line) => (
                  <Flex gap={4} wrap>
                    <Tag
                      data-testid="history-status"
                      color={PRESENT.has(line.status) ? 'green' : line.status === 'ABSENT_WITHOUT_REASON' ? 'red' : undefined}
                    >
                      {t(`attendance.status.${line.status}`)}
                    </Tag>
                    {line.corrected && <Tag color="purple">{t('attendance.history.corrected')}</Tag>}
                    {line.reason && <Typography.Text type="secondary">{line.reason}</Typography.Text>}
                  </Flex>
                ),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
