import { Alert, App, Button, Card, Flex, Form, Input, List, Modal, Radio, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { useProblemMessage } from '@/hooks/use-problem-message';
import { formatDateTime } from '@/lib/format';

import { useConfirmRoll, useRollCall, useSetLine } from '../api/attendance';
import { ROLL_STATUSES, type AttendanceLinks, type RollLine, type RollStatus } from '../types';

import { RateSummary } from './rate-summary';

type Pending = { line: RollLine; status: RollStatus };

/**
 * R9: the minute-taker's (or secretary's) roll call. Lines come pre-filled from who was online and from the member
 * records; one click sets a status; "absent with reason" asks for the reason; the chair confirms; after that each
 * change is a correction with a note, appended to the confirmed roll.
 */
export function RollCallPage({ meetingId, links }: { meetingId: string; links: Pick<AttendanceLinks, 'meeting' | 'memberAttendance'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useProblemMessage();
  const roll = useRollCall(meetingId);
  const setLine = useSetLine(meetingId);
  const confirm = useConfirmRoll(meetingId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [form] = Form.useForm<{ reason?: string; note?: string }>();

  if (roll.isPending) return <Spin />;
  if (roll.isError) return <ProblemAlert error={roll.error} testId="roll-call-error" />;
  const view = roll.data;
  const missing = view.lines.filter((line) => line.status === null).length;

  const send = (line: RollLine, status: RollStatus, reason?: string, note?: string) =>
    setLine.mutateAsync({ memberId: line.memberId, status, reason, note, version: line.version }).then(
      () => true,
      (error: unknown) => {
        void message.error(describe(error));
        return false;
      },
    );

  const choose = (line: RollLine, status: RollStatus) => {
    if (status === 'ABSENT_WITH_REASON' || view.confirmed) {
      form.setFieldsValue({ reason: status === line.status ? (line.reason ?? '') : '', note: '' });
      setPending({ line, status });
      return;
    }
    void send(line, status);
  };

  const submitPending = async () => {
    if (!pending) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    if (await send(pending.line, pending.status, values.reason?.trim() || undefined, values.note?.trim() || undefined)) {
      setPending(null);
    }
  };

  return (
    <Flex vertical gap={16} className="roll-call-page" data-testid="roll-call-page" data-confirmed={view.confirmed}>
      <Card size="small">
        <Flex vertical gap={8}>
          <RateSummary rate={view.rate} />
          {view.confirmed ? (
            <Alert
              type="success"
              showIcon
              data-testid="roll-confirmed"
              message={t('attendance.roll.confirmedAt', { at: formatDateTime(view.confirmedAt), by: view.confirmedBy })}
              description={view.mayEdit ? t('attendance.roll.correctionsHint') : undefined}
            />
          ) : (
            <Typography.Text type="secondary">{t('attendance.roll.prefilledHint')}</Typography.Text>
          )}
          {view.ownLineOnly && <Alert type="info" showIcon message={t('attendance.roll.ownLineOnly')} />}
          <Flex gap={8} wrap>
            {view.mayConfirm && !view.confirmed && (
              <Button
                type="primary"
                data-testid="roll-confirm"
                disabled={missing > 0}
                loading={confirm.isPending}
                onClick={() =>
                  confirm.mutate(undefined, {
                    onSuccess: () => void message.success(t('attendance.roll.confirmedToast')),
                    onError: (error) => void message.error(describe(error)),
                  })
                }
              >
                {t('attendance.roll.confirm')}
              </Button>
            )}
            {missing > 0 && (
              <Typography.Text type="warning" data-testid="roll-missing">
                {t('attendance.roll.missing', { count: missing })}
              </Typography.Text>
            )}
            <Link to={links.meeting(meetingId)}>{t('attendance.roll.backToMeeting')}</Link>
          </Flex>
        </Flex>
      </Card>
      <List
        dataSource={view.lines}
        rowKey="memberId"
        renderItem={(line) => (
          <List.Item data-testid="roll-line" data-member-id={line.memberId} data-status={line.status ?? ''}>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={links.memberAttendance(line.memberId)}>
                  <Typography.Text strong>{line.fullName}</Typography.Text>
                </Link>
                {line.guest && <Tag>{t('attendance.roll.guest')}</Tag>}
                {line.suggested && line.status && <Tag color="blue">{t('attendance.roll.suggested')}</Tag>}
                {line.online && (
                  <Tag color="cyan">{t('attendance.roll.onlineMinutes', { minutes: Math.round(line.onlineSeconds / 60) })}</Tag>
                )}
                {line.late && <Tag color="gold">{t('attendance.roll.late')}</Tag>}
                {line.leftEarly && <Tag color="gold">{t('attendance.roll.leftEarly')}</Tag>}
                {line.reason && <Typography.Text type="secondary">— {line.reason}</Typography.Text>}
              </Flex>
              {view.mayEdit ? (
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  value={line.suggested && !view.confirmed ? undefined : line.status}
                  aria-label={t('attendance.roll.statusFor', { name: line.fullName })}
                  className="roll-call-page__statuses"
                  options={ROLL_STATUSES.map((status) => ({
                    value: status,
                    label: <span data-testid={`roll-status-${status}`}>{t(`attendance.status.${status}`)}</span>,
                  }))}
                  onChange={(event) => choose(line, event.target.value as RollStatus)}
                  disabled={setLine.isPending}
                />
              ) : (
                <Tag>{line.status ? t(`attendance.status.${line.status}`) : t('attendance.roll.notSet')}</Tag>
              )}
              {view.mayEdit && line.suggested && line.status && !view.confirmed && (
                <Typography.Text type="secondary">
                  {t('attendance.roll.suggestion', { status: t(`attendance.status.${line.status}`) })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        open={!!pending}
        title={pending ? t(view.confirmed ? 'attendance.roll.correctionTitle' : 'attendance.roll.reasonTitle', { name: pending.line.fullName }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submitPending()}
        onCancel={() => setPending(null)}
        okButtonProps={{ 'data-testid': 'roll-modal-ok', loading: setLine.isPending } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {pending && (
            <Typography.Paragraph>{t('attendance.roll.newStatus', { status: t(`attendance.status.${pending.status}`) })}</Typography.Paragraph>
          )}
          {pending?.status === 'ABSENT_WITH_REASON' && (
            <Form.Item
              name="reason"
              label={t('attendance.roll.reason')}
              rules={[{ required: true, whitespace: true, message: t('attendance.roll.reasonRequired') }]}
            >
              <Input data-testid="roll-reason-input" maxLength={300} />
            </Form.Item>
          )}
          {view.confirmed && (
            <Form.Item
              name="note"
              label={t('attendance.roll.note')}
              rules={[{ required: true, whitespace: true, message: t('attendance.roll.noteRequired') }]}
            >
              <Input.TextArea data-testid="roll-note-input" rows={2} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
