import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useRollCall } from '../api/attendance';
import { PRESENT } from '../types';

import { RateSummary } from './rate-summary';

export const PANEL_POLL_MS = 15_000;

/**
 * The room's live attendance: who is present and who is not yet, and the rate against the threshold (R12), from
 * the roll call as the ledger pre-fills it. Members who may only see their own line get their own status.
 */
export function AttendancePanel({ meetingId, rollCallLink }: { meetingId: string; rollCallLink?: string }) {
  const { t } = useTranslation();
  const roll = useRollCall(meetingId, PANEL_POLL_MS);

  if (roll.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (roll.isError) return <Typography.Text type="secondary">{t('attendance.panel.unavailable')}</Typography.Text>;
  const view = roll.data;
  const members = view.lines.filter((line) => !line.guest);
  const present = members.filter((line) => PRESENT.has(line.status));
  const absent = members.filter((line) => !PRESENT.has(line.status) && line.status !== 'EXEMPT');

  return (
    <Card
      size="small"
      title={t('attendance.panel.title')}
      data-testid="attendance-panel"
      extra={rollCallLink && view.mayEdit ? <Link to={rollCallLink}>{t('attendance.panel.openRollCall')}</Link> : undefined}
    >
      <Flex vertical gap={8}>
        {!view.ownLineOnly && <RateSummary rate={view.rate} testId="attendance-panel-rate" />}
        {view.confirmed && <Tag color="green">{t('attendance.panel.confirmed')}</Tag>}
        {view.ownLineOnly ? (
          members.map((line) => (
            <Typography.Text key={line.memberId} data-testid="attendance-panel-own">
              {t('attendance.panel.own', { status: line.status ? t(`attendance.status.${line.status}`) : t('attendance.roll.notSet') })}
            </Typography.Text>
          ))
        ) : (
          <>
            <Typography.Text strong>{t('attendance.panel.present', { count: present.length })}</Typography.Text>
            <Flex gap={4} wrap data-testid="attendance-panel-present">
              {present.map((line) => (
                <Tag key={line.memberId} color={line.late ? 'gold' : 'green'}>
                  {line.fullName}
                </Tag>
              ))}
            </Flex>
            <Typography.Text strong>{t('attendance.panel.absent', { count: absent.length })}</Typography.Text>
            <Flex gap={4} wrap data-testid="attendance-panel-absent">
              {absent.map((line) => (
                <Tag key={line.memberId}>{line.fullName}</Tag>
              ))}
            </Flex>
          </>
        )}
      </Flex>
    </Card>
  );
}
