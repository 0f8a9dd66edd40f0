import { Alert, Card, Empty, Flex, List, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';

import { useCellAbsences } from '../api/attendance';
import { monthLabel } from '../month';
import type { AttendanceLinks } from '../types';

import { AbsenceLevelTag } from './absence-level-tag';
import { YearSelect } from './year-select';

/** R11: the cell's members absent without reason in two or more months of the year, and the meetings behind. */
export function CellAbsencesPage({ cellId, links }: { cellId: string; links: AttendanceLinks }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = useCellAbsences(cellId, year);

  return (
    <Flex vertical gap={16} data-testid="cell-absences-page">
      <Flex gap={8} align="center" wrap>
        <YearSelect value={year} onChange={setYear} />
        {query.data && <Typography.Text strong>{query.data.cellName}</Typography.Text>}
      </Flex>
      <Alert type="info" showIcon message={t('attendance.absences.ruleHint')} />
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} testId="cell-absences-error" />}
      {query.data && query.data.members.length === 0 && <Empty description={t('attendance.absences.none')} />}
      {query.data && query.data.members.length > 0 && (
        <List
          dataSource={query.data.members}
          rowKey="memberId"
          renderItem={(member) => (
            <List.Item data-testid="absence-member" data-member-id={member.memberId} data-months={member.months}>
              <Card size="small" style={{ width: '100%' }}>
                <Flex vertical gap={6}>
                  <Flex gap={8} wrap align="center">
                    <Link to={links.memberAttendance(member.memberId)}>
                      <Typography.Text strong>{member.fullName}</Typography.Text>
                    </Link>
                    <Typography.Text>{t('attendance.absences.months', { count: member.months })}</Typography.Text>
                    <AbsenceLevelTag level={member.level} />
                  </Flex>
                  {member.level === 'REMOVAL_PROCEDURE' && (
                    <Typography.Text type="danger">{t('attendance.absences.removalHint')}</Typography.Text>
                  )}
                  <ul className="attendance-months">
                    {member.detail.map((month) => (
                      <li key={month.month}>
                        <Typography.Text>{t('attendance.month', { month: monthLabel(month.month) })}: </Typography.Text>
                        {month.meetings.map((meeting, index) => (
                          <span key={meeting.meetingId}>
                            {index > 0 && ', '}
                            <Link to={links.meeting(meeting.meetingId)}>
                              {formatDate(meeting.startsAt)}
                              {meeting.groupMeeting ? ` (${t('attendance.groupMeeting')})` : ''}
                            </Link>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </Flex>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
