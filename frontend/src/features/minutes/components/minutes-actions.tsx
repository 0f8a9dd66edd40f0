import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { exportUrl, useAddendum, useAdopt, useChairEditing, useReadBack, useSign, useVerify } from '../api/minutes';
import type { MinutesView } from '../types';

const STATE_COLOURS: Record<string, string> = { DRAFT: 'default', READ_BACK: 'blue', ADOPTED: 'gold', SIGNED: 'green' };

/** A one-time code from the member's authenticator app: six digits, typed fresh for each signature. */
function CodeField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="code"
      label={t('minutes.sign.code')}
      rules={[{ required: true, pattern: /^\d{6}$/, message: t('minutes.sign.codeRule') }]}
    >
      <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="minutes-sign-code" />
    </Form.Item>
  );
}

/** State, publication, and what this member may do now: read back, adopt, sign, correct, verify, download. */
export function MinutesActions({ view }: { view: MinutesView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const readBack = useReadBack(view.meetingId);
  const adopt = useAdopt(view.meetingId);
  const sign = useSign(view.meetingId);
  const addendum = useAddendum(view.meetingId);
  const verify = useVerify(view.meetingId);
  const chairEditing = useChairEditing(view.meetingId);
  const [dialog, setDialog] = useState<'adopt' | 'sign' | 'addendum' | 'verify' | null>(null);
  const [adoptForm] = Form.useForm();
  const [signForm] = Form.useForm();
  const [addendumForm] = Form.useForm();
  const passedVotes = view.content.votes.filter((v) => v.passed);
  const mayCorrect = view.state === 'SIGNED' && view.signatures.length > 0;
  const close = () => setDialog(null);

  return (
    <div className="minutes-actions" data-testid="minutes-actions">
      <Space wrap>
        <Tag color={STATE_COLOURS[view.state]} data-testid="minutes-state" data-state={view.state}>
          {t(`minutes.state.${view.state}`)}
        </Tag>
        {view.mayReadBack && (
          <Button onClick={() => readBack.mutate(undefined, { onSuccess: () => void message.success(t('minutes.readBack.done')) })} loading={readBack.isPending} data-testid="minutes-read-back">
            {t('minutes.readBack.action')}
          </Button>
        )}
        {view.mayAdopt && (
          <Button type="primary" onClick={() => setDialog('adopt')} data-testid="minutes-adopt">
            {t('minutes.adopt.action')}
          </Button>
        )}
        {view.signAs && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setDialog('sign')} data-testid="minutes-sign">
            {t('minutes.sign.action')}
          </Button>
        )}
        {mayCorrect && (
          <Button onClick={() => setDialog('addendum')} data-testid="minutes-addendum-open">
            {t('minutes.addendum.action')}
          </Button>
        )}
        {view.mayAllowChairEditing && (
          <Space size={4}>
            <Switch
              checked={view.chairMayEdit}
              loading={chairEditing.isPending}
              onChange={(allowed) => chairEditing.mutate(allowed)}
              aria-label={t('minutes.chairEditing')}
              data-testid="minutes-chair-editing"
            />
            <Typography.Text>{t('minutes.chairEditing')}</Typography.Text>
          </Space>
        )}
        <Button onClick={() => { setDialog('verify'); verify.mutate(); }} data-testid="minutes-verify">
          {t('minutes.verify.action')}
        </Button>
        <a href={exportUrl(view.meetingId, 'docx')} download data-testid="minutes-download-docx">
          <Button icon={<DownloadOutlined />}>DOCX</Button>
        </a>
        <a href={exportUrl(view.meetingId, 'pdf')} download data-testid="minutes-download-pdf">
          <Button icon={<DownloadOutlined />}>PDF</Button>
        </a>
      </Space>
      {readBack.error && <ProblemAlert error={readBack.error} />}
      {view.publication.late && (
        <Alert type="warning" showIcon data-testid="minutes-late" message={t('minutes.publication.late', { days: view.publication.days })} />
      )}
      {view.publication.publishedAt && (
        <Typography.Text type="secondary" data-testid="minutes-published">
          {t('minutes.publication.published', { at: new Date(view.publication.publishedAt).toLocaleString('vi-VN') })}
        </Typography.Text>
      )}

      <Modal
        open={dialog === 'adopt'}
        title={t('minutes.adopt.title')}
        okText={t('minutes.adopt.action')}
        onCancel={close}
        onOk={() => adoptForm.submit()}
        okButtonProps={{ 'data-testid': 'minutes-adopt-confirm' }}
        confirmLoading={adopt.isPending}
        destroyOnHidden
      >
        <Form
          form={adoptForm}
          layout="vertical"
          initialValues={{ method: 'CHAIR_CONFIRMATION' }}
          onFinish={(values: { method: 'CHAIR_CONFIRMATION' | 'VOTE'; voteId?: string }) =>
            adopt.mutate(values, { onSuccess: close })
          }
        >
          <Typography.Paragraph>{t('minutes.adopt.explain')}</Typography.Paragraph>
          <Form.Item name="method" label={t('minutes.adopt.method')}>
            <Radio.Group>
              <Radio value="CHAIR_CONFIRMATION">{t('minutes.adopt.byChair')}</Radio>
              <Radio value="VOTE" disabled={passedVotes.length === 0}>{t('minutes.adopt.byVote')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              adoptForm.getFieldValue('method') === 'VOTE' && (
                <Form.Item name="voteId" label={t('minutes.adopt.vote')} rules={[{ required: true }]}>
                  <Select options={passedVotes.map((v) => ({ value: v.voteId, label: v.subject }))} />
                </Form.Item>
              )
            }
          </Form.Item>
          {adopt.error && <ProblemAlert error={adopt.error} />}
        </Form>
      </Modal>

      <Modal
        open={dialog === 'sign'}
        title={t('minutes.sign.title', { role: view.signAs ? t(`minutes.role.${view.signAs}`) : '' })}
        okText={t('minutes.sign.action')}
        onCancel={close}
        onOk={() => signForm.submit()}
        okButtonProps={{ 'data-testid': 'minutes-sign-confirm' }}
        confirmLoading={sign.isPending}
        destroyOnHidden
      >
        <Form form={signForm} layout="vertical" onFinish={(values: { code: string }) => sign.mutate(values.code, { onSuccess: close })}>
          <Typography.Paragraph>{t('minutes.sign.explain')}</Typography.Paragraph>
          <Typography.Paragraph code data-testid="minutes-sign-hash">{view.contentHash}</Typography.Paragraph>
          <CodeField />
          {sign.error && <ProblemAlert error={sign.error} />}
        </Form>
      </Modal>

      <Modal
        open={dialog === 'addendum'}
        title={t('minutes.addendum.action')}
        onCancel={close}
        onOk={() => addendumForm.submit()}
        confirmLoading={addendum.isPending}
        destroyOnHidden
      >
        <Form
          form={addendumForm}
          layout="vertical"
          onFinish={(values: { text: string; code: string }) =>
            addendum.mutate(
              { html: values.text.split('\n').map((line) => `<p>${line.replace(/[<>&]/g, '')}</p>`).join(''), code: values.code },
              { onSuccess: close },
            )
          }
        >
          <Form.Item name="text" label={t('minutes.addendum.text')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <CodeField />
          {addendum.error && <ProblemAlert error={addendum.error} />}
        </Form>
      </Modal>

      <Modal open={dialog === 'verify'} title={t('minutes.verify.title')} footer={null} onCancel={close}>
        {verify.isPending && <Typography.Text>{t('minutes.verify.running')}</Typography.Text>}
        {verify.error && <ProblemAlert error={verify.error} />}
        {verify.data && (
          <div data-testid="minutes-verify-result" data-valid={verify.data.valid}>
            <Alert
              type={verify.data.valid ? 'success' : verify.data.checks.length === 0 ? 'info' : 'error'}
              showIcon
              message={verify.data.checks.length === 0 ? t('minutes.verify.notFrozen') : verify.data.valid ? t('minutes.verify.valid') : t('minutes.verify.invalid')}
            />
            <ul>
              {verify.data.checks.map((check) => (
                <li key={check.what}>
                  {check.what}: {check.valid ? '✓' : '✗'}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Modal>
    </div>
  );
}
