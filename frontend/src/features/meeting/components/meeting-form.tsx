import { App, Button, Card, Checkbox, Form, Input, Radio, Space, Spin, Typography } from 'antd';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { fieldErrors } from '@/lib/api-client';

import { changeOf, useCreateMeeting, useMeetingCheck, useUpdateMeeting } from '../api/meetings';
import { useDebouncedJson } from '../hooks/use-debounced-json';
import { isoToLocalInput, localInputToIso, minutesBetween } from '../time';
import { MEETING_KINDS, MEETING_MODES, type Meeting, type MeetingBody, type Pickers, type TemplateName } from '../types';

import { MemberTags } from './member-tags';
import { PersonField } from './person-field';
import { RuleMessages } from './rule-warnings';

type Values = {
  unitId?: string;
  kind: MeetingBody['kind'];
  mode: MeetingBody['mode'];
  title?: string;
  startsAt?: string;
  endsAt?: string;
  place?: string;
  chairMemberId?: string;
  minuteTakerMemberId?: string;
  guestMemberIds?: string[];
  template?: TemplateName | 'NONE';
  schedule?: boolean;
};

export const CHECK_DEBOUNCE_MS = 400;

/** Enter in a date field confirms the value; it must not submit the whole form half-filled. */
const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

function toBody(values: Partial<Values> | undefined): MeetingBody | undefined {
  if (!values?.unitId || !values.kind || !values.mode) return undefined;
  const startsAt = localInputToIso(values.startsAt);
  const endsAt = localInputToIso(values.endsAt);
  if (!startsAt || !endsAt) return undefined;
  return {
    unitId: values.unitId,
    kind: values.kind,
    mode: values.mode,
    title: values.title?.trim() || undefined,
    startsAt,
    endsAt,
    place: values.place?.trim() || undefined,
    chairMemberId: values.chairMemberId || undefined,
    minuteTakerMemberId: values.minuteTakerMemberId || undefined,
    guestMemberIds: values.guestMemberIds ?? [],
    template: values.template && values.template !== 'NONE' ? values.template : undefined,
    schedule: values.schedule || undefined,
  };
}

/**
 * Create or edit a meeting. As the secretary types, the server says which rules would warn or
 * refuse (R1 authorisation, R19 duration, R24 group meetings…), before anything is saved.
 */
export function MeetingForm({
  meeting,
  defaultUnitId,
  pickers,
  meetingLink,
}: {
  meeting?: Meeting;
  defaultUnitId?: string;
  pickers: Pickers;
  meetingLink: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const saving = meeting ? update : create;

  const initialValues = useMemo<Values>(
    () =>
      meeting
        ? {
            unitId: meeting.unitId,
            kind: meeting.kind,
            mode: meeting.mode,
            title: meeting.title,
            startsAt: isoToLocalInput(meeting.startsAt),
            endsAt: isoToLocalInput(meeting.endsAt),
            place: meeting.place ?? undefined,
            chairMemberId: meeting.chair?.memberId,
            minuteTakerMemberId: meeting.minuteTaker?.memberId,
            guestMemberIds: meeting.guests.map((guest) => guest.memberId),
          }
        : { unitId: defaultUnitId, kind: 'REGULAR', mode: 'IN_PERSON', template: 'NONE', schedule: false, guestMemberIds: [] },
    [meeting, defaultUnitId],
  );

  const watched = Form.useWatch((values: Values) => values, form);
  const body = toBody(watched);
  const checkBody = useDebouncedJson(body && meeting ? { ...body, meetingId: meeting.id } : body, CHECK_DEBOUNCE_MS);
  const check = useMeetingCheck(checkBody);
  const unitId = watched?.unitId;
  const duration = body ? minutesBetween(body.startsAt, body.endsAt) : undefined;
  const known = Object.fromEntries((meeting?.guests ?? []).map((guest) => [guest.memberId, guest.fullName]));

  const onFinish = (values: Values) => {
    const next = toBody(values);
    if (!next) return;
    const onError = (error: unknown) =>
      form.setFields(Object.entries(fieldErrors(error)).map(([name, text]) => ({ name: name as keyof Values, errors: [text] })));
    if (meeting) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { unitId: _unit, template: _template, schedule: _schedule, ...change } = next;
      update.mutate(changeOf(meeting, change), {
        onSuccess: () => {
          void message.success(t('meetings.saved'));
          void navigate(meetingLink(meeting.id));
        },
        onError,
      });
    } else {
      create.mutate(next, {
        onSuccess: (created) => {
          void message.success(t('meetings.saved'));
          void navigate(meetingLink(created.id));
        },
        onError,
      });
    }
  };

  const refusals = check.data?.refusals ?? [];
  const warnings = check.data?.warnings ?? [];

  return (
    <div className="meeting-form">
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid="meeting-form">
        <ProblemAlert error={saving.error} testId="meeting-form-error" />
        {meeting ? (
          <>
            <Form.Item name="unitId" hidden>
              <Input />
            </Form.Item>
            <Form.Item label={t('meetings.fields.unit')}>
              <Input disabled value={meeting.unitName} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="unitId" label={t('meetings.fields.unit')} rules={[{ required: true, message: t('common.required') }]}>
            {pickers.unit({ testId: 'meeting-unit' })}
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('meetings.fields.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" className="wrap-radios">
            {MEETING_KINDS.map((kind) => (
              <Radio.Button key={kind} value={kind}>
                <span data-testid={`meeting-kind-${kind}`}>{t(`meetings.kinds.${kind}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="mode" label={t('meetings.fields.mode')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" className="wrap-radios">
            {MEETING_MODES.map((mode) => (
              <Radio.Button key={mode} value={mode}>
                <span data-testid={`meeting-mode-${mode}`}>{t(`meetings.modes.${mode}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="title" label={t('meetings.fields.title')} extra={t('meetings.fields.titleHint')} rules={[{ max: 300 }]}>
          <Input data-testid="meeting-title-input" />
        </Form.Item>
        <div className="meeting-form__times">
          <Form.Item
            name="startsAt"
            label={`${t('meetings.fields.startsAt')} (${t('meetings.fields.timeZone')})`}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input type="datetime-local" data-testid="meeting-starts-at" onKeyDown={keepEnter} />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={`${t('meetings.fields.endsAt')} (${t('meetings.fields.timeZone')})`}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const start = getFieldValue('startsAt') as string | undefined;
                  return !value || !start || value > start ? Promise.resolve() : Promise.reject(new Error(t('meetings.validation.endAfterStart')));
                },
              }),
            ]}
          >
            <Input type="datetime-local" data-testid="meeting-ends-at" onKeyDown={keepEnter} />
          </Form.Item>
        </div>
        {duration !== undefined && duration > 0 && (
          <Typography.Paragraph type="secondary" data-testid="meeting-duration">
            {t('meetings.fields.planned')}: {t('meetings.minutes', { count: duration })}
          </Typography.Paragraph>
        )}
        {watched?.mode !== 'ONLINE' && (
          <Form.Item name="place" label={t('meetings.fields.place')} rules={[{ max: 300 }]}>
            <Input data-testid="meeting-place-input" />
          </Form.Item>
        )}
        <Form.Item name="chairMemberId" label={t('meetings.fields.chair')}>
          <PersonField pickers={pickers} testId="meeting-chair" unitId={unitId} name={meeting?.chair?.fullName} />
        </Form.Item>
        <Form.Item name="minuteTakerMemberId" label={t('meetings.fields.minuteTaker')}>
          <PersonField pickers={pickers} testId="meeting-minute-taker" unitId={unitId} name={meeting?.minuteTaker?.fullName} />
        </Form.Item>
        <Form.Item name="guestMemberIds" label={t('meetings.fields.guests')}>
          <MemberTags pickers={pickers} testId="meeting-guests" known={known} />
        </Form.Item>
        {!meeting && (
          <>
            <Form.Item name="template" label={t('meetings.fields.template')}>
              <Radio.Group optionType="button" className="wrap-radios">
                {(['NONE', 'REGULAR', 'THEMATIC'] as const).map((template) => (
                  <Radio.Button key={template} value={template}>
                    <span data-testid={`meeting-template-${template}`}>{t(`meetings.templates.${template === 'NONE' ? 'none' : template}`)}</span>
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="schedule" valuePropName="checked">
              <Checkbox data-testid="meeting-schedule">{t('meetings.fields.schedule')}</Checkbox>
            </Form.Item>
          </>
        )}

        <Card size="small" title={t('meetings.check.title')} className="meeting-form__check" data-testid="meeting-check">
          <div aria-live="polite">
            {!body ? null : check.isFetching && !check.data ? (
              <Space>
                <Spin size="small" /> {t('meetings.check.checking')}
              </Space>
            ) : check.isError ? (
              <Typography.Text type="secondary">{t('meetings.check.failed')}</Typography.Text>
            ) : check.data && refusals.length === 0 && warnings.length === 0 ? (
              <Typography.Text type="success" data-testid="meeting-check-ok">
                {t('meetings.check.ok')}
              </Typography.Text>
            ) : null}
            <RuleMessages items={refusals} kind="refusal" testId="meeting-check-refusal" />
            <RuleMessages items={warnings} kind="warning" testId="meeting-check-warning" />
          </div>
        </Card>

        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.isPending} data-testid="meeting-form-submit">
            {t('meetings.save')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
