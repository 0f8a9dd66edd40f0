import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { useTransition } from '../api/meetings';
import { localInputToIso } from '../time';
import type { Meeting, MeetingState, Transition } from '../types';

/** What a manager may do from each state (the server checks again: 409 meeting-transition-not-allowed). */
const TRANSITIONS: Record<MeetingState, Transition[]> = {
  DRAFT: ['schedule', 'cancel'],
  SCHEDULED: ['open', 'postpone', 'cancel'],
  OPEN: ['cancel'],
  IN_PROGRESS: [],
  ENDED: [],
  MINUTES_ADOPTED: [],
  CANCELLED: [],
  POSTPONED: [],
};

type ReasonValues = { reason: string; newStartsAt?: string; newEndsAt?: string };

function ReasonModal({ meeting, transition, onClose }: { meeting: Meeting; transition: 'cancel' | 'postpone'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const change = useTransition(meeting.id);
  return (
    <Modal
      open
      title={t(`meetings.transitions.${transition}Title`)}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'transition-reason-submit' }}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ReasonValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          change.mutate(
            {
              transition,
              reason: values.reason.trim(),
              newStartsAt: localInputToIso(values.newStartsAt),
              newEndsAt: localInputToIso(values.newEndsAt),
            },
            {
              onSuccess: () => {
                void message.success(t('meetings.transitions.done'));
                onClose();
              },
            },
          )
        }
      >
        <ProblemAlert error={change.error} testId="transition-error" />
        <Form.Item
          name="reason"
          label={t('meetings.fields.reason')}
          extra={t('meetings.transitions.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} data-testid="transition-reason" />
        </Form.Item>
        {transition === 'postpone' && (
          <>
            <Form.Item name="newStartsAt" label={`${t('meetings.fields.newStartsAt')} (${t('meetings.fields.timeZone')})`}>
              <Input type="datetime-local" data-testid="postpone-starts-at" />
            </Form.Item>
            <Form.Item name="newEndsAt" label={`${t('meetings.fields.newEndsAt')} (${t('meetings.fields.timeZone')})`}>
              <Input type="datetime-local" data-testid="postpone-ends-at" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The lifecycle buttons a manager sees; cancel and postpone ask for the reason members will read. */
export function TransitionBar({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useTransition(meeting.id);
  const [asking, setAsking] = useState<'cancel' | 'postpone'>();
  const available = TRANSITIONS[meeting.state];
  if (available.length === 0) return null;
  return (
    <div className="transition-bar">
      <Space wrap>
        {available.map((transition) =>
          transition === 'cancel' || transition === 'postpone' ? (
            <Button key={transition} danger={transition === 'cancel'} onClick={() => setAsking(transition)} data-testid={`meeting-${transition}`}>
              {t(`meetings.transitions.${transition}`)}
            </Button>
          ) : (
            <Button
              key={transition}
              type="primary"
              loading={change.isPending && change.variables?.transition === transition}
              onClick={() => change.mutate({ transition }, { onSuccess: () => void message.success(t('meetings.transitions.done')) })}
              data-testid={`meeting-${transition}`}
            >
              {t(`meetings.transitions.${transition}`)}
            </Button>
          ),
        )}
      </Space>
      <ProblemAlert error={change.error} testId="meeting-transition-error" />
      {asking && <ReasonModal meeting={meeting} transition={asking} onClose={() => setAsking(undefined)} />}
    </div>
  );
}
