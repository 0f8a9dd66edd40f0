import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, today } from '@/lib/format';

import { useAuthorisationCheck, useAuthorisations, useRecordAuthorisation, useRevokeAuthorisation } from '../api/authorisations';
import { useDebouncedJson } from '../hooks/use-debounced-json';
import { REASON_CATEGORIES, type AuthorisationBody, type OnlineAuthorisation, type Pickers } from '../types';

import { MemberTags } from './member-tags';

type Values = Omit<AuthorisationBody, 'unitId'>;

/** The R2 test, computed by the server as the reviewer picks who cannot meet in person. */
function MoreThanHalf({ unitId, issuedOn, unableMemberIds }: { unitId: string; issuedOn?: string; unableMemberIds: string[] }) {
  const { t } = useTranslation();
  const body = useDebouncedJson(issuedOn ? { unitId, issuedOn, unableMemberIds } : undefined, 300);
  const check = useAuthorisationCheck(body);
  if (!check.data) return <ProblemAlert error={check.error} />;
  const { unableMembers, countedMembers, moreThanHalf } = check.data;
  return (
    <div className="authorisation-check" data-testid="authorisation-check" data-more-than-half={String(moreThanHalf)} aria-live="polite">
      <Tag color={moreThanHalf ? 'green' : 'red'}>{t('meetings.authorisations.r2')}</Tag>
      <span>{t('meetings.authorisations.check', { unable: unableMembers, counted: countedMembers })}</span>
      <Typography.Text strong type={moreThanHalf ? 'success' : 'danger'}>
        {' '}
        {moreThanHalf ? t('meetings.authorisations.moreThanHalf') : t('meetings.authorisations.notMoreThanHalf')}
      </Typography.Text>
    </div>
  );
}

function RecordModal({ unitId, pickers, onClose }: { unitId: string; pickers: Pickers; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const record = useRecordAuthorisation();
  const issuedOn = Form.useWatch('issuedOn', form);
  const unable = Form.useWatch('unableMemberIds', form) ?? [];
  return (
    <Modal
      open
      width={640}
      title={t('meetings.authorisations.record')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'authorisation-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: today(), validFrom: today(), reasonCategory: 'DISPERSED_WORK', unableMemberIds: [] }}
        onFinish={(values) => record.mutate({ ...values, unitId, referenceNumber: values.referenceNumber.trim(), issuer: values.issuer.trim() }, { onSuccess: onClose })}
      >
        <ProblemAlert error={record.error} testId="authorisation-error" />
        <Form.Item name="referenceNumber" label={t('meetings.authorisations.referenceNumber')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="authorisation-reference" />
        </Form.Item>
        <Form.Item name="issuer" label={t('meetings.authorisations.issuer')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="authorisation-issuer" />
        </Form.Item>
        <div className="meeting-form__times">
          <Form.Item name="issuedOn" label={t('meetings.authorisations.issuedOn')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" data-testid="authorisation-issued-on" />
          </Form.Item>
          <Form.Item name="validFrom" label={t('meetings.authorisations.validFrom')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" data-testid="authorisation-valid-from" />
          </Form.Item>
          <Form.Item name="validTo" label={t('meetings.authorisations.validTo')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" data-testid="authorisation-valid-to" />
          </Form.Item>
        </div>
        <Form.Item name="reasonCategory" label={t('meetings.authorisations.reasonCategory')} rules={[{ required: true }]}>
          <Select options={REASON_CATEGORIES.map((value) => ({ value, label: t(`meetings.reasons.${value}`) }))} />
        </Form.Item>
        <Form.Item name="reasonNote" label={t('meetings.authorisations.reasonNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="unableMemberIds" label={t('meetings.authorisations.unableMembers')}>
          <MemberTags pickers={pickers} testId="authorisation-unable" unitId={unitId} />
        </Form.Item>
        <MoreThanHalf unitId={unitId} issuedOn={issuedOn} unableMemberIds={unable} />
      </Form>
    </Modal>
  );
}

function RevokeModal({ authorisation, onClose }: { authorisation: OnlineAuthorisation; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeAuthorisation();
  return (
    <Modal
      open
      title={`${t('meetings.authorisations.revokeTitle')} ${authorisation.referenceNumber}`}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'authorisation-revoke-submit' }}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(values) => revoke.mutate({ id: authorisation.id, reason: values.reason.trim() }, { onSuccess: onClose })}>
        <ProblemAlert error={revoke.error} />
        <Form.Item name="reason" label={t('meetings.fields.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} data-testid="authorisation-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function status(item: OnlineAuthorisation): 'revoked' | 'expired' | 'valid' {
  if (item.revokedAt) return 'revoked';
  return item.validTo < today() ? 'expired' : 'valid';
}

/** Reviewers and administrators record, check (R2) and revoke the online authorisations of a unit (R1). */
export function AuthorisationsPage({ pickers, canRecord }: { pickers: Pickers; canRecord: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<string>();
  const [recording, setRecording] = useState(false);
  const [revoking, setRevoking] = useState<OnlineAuthorisation>();
  const list = useAuthorisations(unitId);

  return (
    <div className="authorisations-page">
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <label htmlFor="authorisation-unit">{t('meetings.authorisations.unit')}</label>
          {pickers.unit({ id: 'authorisation-unit', testId: 'authorisation-unit', value: unitId, onChange: setUnitId })}
          {unitId && canRecord && (
            <Button type="primary" onClick={() => setRecording(true)} data-testid="authorisation-record">
              {t('meetings.authorisations.record')}
            </Button>
          )}
        </Space>
      </Card>
      <ProblemAlert error={list.error} />
      {unitId && (
        <Table<OnlineAuthorisation>
          className="authorisations-table"
          data-testid="authorisations-table"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('meetings.authorisations.none') }}
          onRow={() => ({ 'data-testid': 'authorisation-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('meetings.authorisations.referenceNumber'), dataIndex: 'referenceNumber' },
            { title: t('meetings.authorisations.issuer'), dataIndex: 'issuer', responsive: ['md'] },
            {
              title: t('meetings.authorisations.validTo'),
              render: (_, item) => `${formatDate(item.validFrom)} – ${formatDate(item.validTo)}`,
            },
            {
              title: t('meetings.authorisations.r2'),
              render: (_, item) => (
                <Tag color={item.moreThanHalf ? 'green' : 'red'}>
                  {item.unableMemberIds.length}/{item.countedMembers}
                </Tag>
              ),
            },
            {
              title: t('meetings.authorisations.status'),
              render: (_, item) => {
                const value = status(item);
                return <Tag color={value === 'valid' ? 'green' : value === 'revoked' ? 'red' : 'default'}>{t(`meetings.authorisations.${value}`)}</Tag>;
              },
            },
            {
              title: t('common.actions'),
              render: (_, item) =>
                canRecord && !item.revokedAt ? (
                  <Button size="small" danger onClick={() => setRevoking(item)} data-testid="authorisation-revoke">
                    {t('meetings.authorisations.revoke')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {recording && unitId && (
        <RecordModal
          unitId={unitId}
          pickers={pickers}
          onClose={() => {
            setRecording(false);
            void message.success(t('meetings.authorisations.recorded'));
          }}
        />
      )}
      {revoking && <RevokeModal authorisation={revoking} onClose={() => setRevoking(undefined)} />}
    </div>
  );
}
