import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';

import { useOpenVote } from '../api/votes';
import { DECISION_TYPES, PERSONNEL, type DecisionType, type VoteMode, type VotesContext } from '../types';

type Values = { agendaItemId: string; decisionType: DecisionType; mode: VoteMode; subject?: string; personName?: string };

/** The chair opens a vote on an agenda item; the server checks every rule again (R4, R15, R16, R17). */
export function OpenVoteForm({ context }: { context: VotesContext }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const open = useOpenVote(context.meetingId);
  const [error, setError] = useState<string | null>(null);
  const decisionType = Form.useWatch('decisionType', form);

  useEffect(() => {
    if (decisionType === 'ELECTION') form.setFieldValue('mode', 'SECRET');
  }, [decisionType, form]);

  const submit = async (values: Values) => {
    setError(null);
    try {
      await open.mutateAsync({ ...values, subject: values.subject || undefined, personName: values.personName || undefined });
      form.resetFields(['subject', 'personName']);
    } catch (e) {
      if (isApiError(e)) {
        const key = `votes.errors.${e.code}`;
        setError((e.code && i18n.exists(key) ? t(key) : e.message) + (e.rule ? ` (${e.rule})` : ''));
      } else setError(t('votes.errors.generic'));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="open-vote-form"
      initialValues={{ agendaItemId: context.currentItemId ?? context.agenda[0]?.id, decisionType: 'ORDINARY_RESOLUTION', mode: 'OPEN' }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="agendaItemId" label={t('votes.form.item')} rules={[{ required: true, message: t('votes.form.itemRequired') }]}>
        <Select options={context.agenda.map((i) => ({ value: i.id, label: i.title }))} />
      </Form.Item>
      <Form.Item name="decisionType" label={t('votes.form.decisionType')}>
        <Select options={DECISION_TYPES.map((d) => ({ value: d, label: t(`votes.decision.${d}`) }))} />
      </Form.Item>
      {decisionType && PERSONNEL.has(decisionType) && (
        <Form.Item
          name="personName"
          label={t('votes.form.person')}
          extra={t('votes.form.personHelp')}
          rules={[{ required: true, whitespace: true, message: t('votes.form.personRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="mode" label={t('votes.form.mode')}>
        <Radio.Group
          data-testid="open-vote-mode"
          optionType="button"
          options={(['OPEN', 'SECRET'] as VoteMode[]).map((m) => ({
            value: m,
            label: t(`votes.mode.${m}`),
            disabled: m === 'OPEN' && decisionType === 'ELECTION',
          }))}
        />
      </Form.Item>
      <Form.Item name="subject" label={t('votes.form.subject')}>
        <Input data-testid="open-vote-subject" maxLength={500} placeholder={t('votes.form.subjectPlaceholder')} />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} data-testid="open-vote-error" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={open.isPending} disabled={!context.live} data-testid="open-vote-submit">
        {t('votes.form.submit')}
      </Button>
    </Form>
  );
}
