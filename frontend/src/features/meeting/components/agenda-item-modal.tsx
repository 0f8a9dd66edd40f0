import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';

import { useAddAgendaItem, useUpdateAgendaItem } from '../api/agenda';
import { useSwitchMode } from '../api/meetings';
import { AGENDA_TYPES, ITEM_CLASSIFICATIONS, type AgendaItem, type AgendaItemBody, type Meeting, type MeetingMode, type Pickers } from '../types';

import { PersonField } from './person-field';

/** A refusal because the item may not be decided online (R4): the UI then proposes another mode. */
function isOnlineRestriction(error: unknown): boolean {
  return isApiError(error) && error.rule === 'R4';
}

/**
 * Add or change an agenda item. When the server refuses it on an online-only meeting (R4), say why
 * and offer to switch the meeting to hybrid or in person, then add the item.
 */
export function AgendaItemModal({
  meeting,
  item,
  pickers,
  onClose,
}: {
  meeting: Meeting;
  item?: AgendaItem;
  pickers: Pickers;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgendaItemBody>();
  const add = useAddAgendaItem(meeting.id);
  const change = useUpdateAgendaItem(meeting.id);
  const switchMode = useSwitchMode(meeting);
  const saving = item ? change : add;
  const [refusal, setRefusal] = useState<{ error: unknown; values: AgendaItemBody }>();

  const save = (values: AgendaItemBody) => {
    const body: AgendaItemBody = {
      ...values,
      title: values.title.trim(),
      presenterName: values.presenterName?.trim() || null,
      presenterMemberId: values.presenterMemberId || null,
      notes: values.notes?.trim() || null,
    };
    setRefusal(undefined);
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => {
        if (isOnlineRestriction(error)) setRefusal({ error, values: body });
      },
    };
    if (item) change.mutate({ ...body, id: item.id }, options);
    else add.mutate(body, options);
  };

  const switchAndSave = async (mode: MeetingMode) => {
    if (!refusal) return;
    try {
      await switchMode.switchTo(mode);
    } catch {
      return; // shown by the alert under the refusal
    }
    save(refusal.values);
  };

  return (
    <Modal
      open
      title={item ? t('meetings.agenda.edit') : t('meetings.agenda.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving.isPending || switchMode.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'agenda-item-submit' }}
      cancelButtonProps={{ 'data-testid': 'agenda-item-cancel' }}
      destroyOnHidden
    >
      <Form<AgendaItemBody>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          item
            ? { ...item, presenterName: item.presenterName ?? undefined, notes: item.notes ?? undefined }
            : { type: 'DISCUSSION', classification: 'INTERNAL', secretBallot: false, plannedMinutes: 15 }
        }
        data-testid="agenda-item-form"
      >
        {refusal ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="agenda-r4-refusal"
            data-rule="R4"
            message={t('meetings.agenda.r4Title')}
            description={
              <>
                <p>{isApiError(refusal.error) ? (refusal.error.detail ?? refusal.error.title) : ''}</p>
                <p>{t('meetings.agenda.r4Propose')}</p>
                <Space wrap>
                  <Button onClick={() => void switchAndSave('HYBRID')} loading={switchMode.isPending} data-testid="agenda-switch-hybrid">
                    {t('meetings.agenda.switchHybrid')}
                  </Button>
                  <Button onClick={() => void switchAndSave('IN_PERSON')} loading={switchMode.isPending} data-testid="agenda-switch-in-person">
                    {t('meetings.agenda.switchInPerson')}
                  </Button>
                </Space>
              </>
            }
            className="agenda-r4"
          />
        ) : (
          <ProblemAlert error={saving.error} testId="agenda-item-error" />
        )}
        <ProblemAlert error={switchMode.error} testId="agenda-switch-error" />
        <Form.Item name="title" label={t('meetings.agenda.itemTitle')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 300 }]}>
          <Input data-testid="agenda-item-title" />
        </Form.Item>
        <Form.Item name="type" label={t('meetings.agenda.type')} rules={[{ required: true }]}>
          <Select
            data-testid="agenda-item-type"
            virtual={false}
            listHeight={400}
            options={AGENDA_TYPES.map((type) => ({ value: type, label: t(`meetings.types.${type}`), 'data-testid': `agenda-type-${type}` }))}
          />
        </Form.Item>
        <Form.Item name="classification" label={t('meetings.agenda.classification')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" className="wrap-radios">
            {ITEM_CLASSIFICATIONS.map((value) => (
              <Radio.Button key={value} value={value}>
                <span data-testid={`agenda-classification-${value}`}>{t(`meetings.classifications.${value}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="secretBallot" label={t('meetings.agenda.secretBallot')} valuePropName="checked">
          <Switch data-testid="agenda-item-secret-ballot" />
        </Form.Item>
        <Form.Item name="presenterMemberId" label={t('meetings.agenda.presenterMember')}>
          <PersonField pickers={pickers} testId="agenda-item-presenter" unitId={meeting.unitId} name={item?.presenterName} />
        </Form.Item>
        <Form.Item name="presenterName" label={t('meetings.agenda.presenterName')} rules={[{ max: 200 }]}>
          <Input data-testid="agenda-item-presenter-name" />
        </Form.Item>
        <Form.Item name="plannedMinutes" label={t('meetings.agenda.plannedMinutes')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} max={600} data-testid="agenda-item-minutes" />
        </Form.Item>
        <Form.Item name="notes" label={t('meetings.agenda.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
