import { CopyOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, QRCode, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { useProblemMessage } from '@/hooks/use-problem-message';

import { confirmEnrolment, startEnrolment } from '../api/auth';
import type { EnrolmentConfirmation } from '../types';

import { StepHeading } from './step-heading';

/** Groups of four are easier to type by hand into an authenticator app. */
function grouped(secret: string) {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function EnrolmentStep({ onConfirmed }: { onConfirmed: (confirmation: EnrolmentConfirmation) => void }) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const [form] = Form.useForm<{ code: string }>();
  // A query, not an effect, so a re-mount (StrictMode, re-render) never asks for a second secret.
  const enrolment = useQuery({
    queryKey: ['identity', 'totp-enrolment'],
    queryFn: startEnrolment,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: (code: string) => confirmEnrolment(code),
    onSuccess: onConfirmed,
    onError: () => {
      form.setFieldValue('code', '');
      form.getFieldInstance('code')?.focus();
    },
  });

  return (
    <div data-testid="enrolment-step">
      <StepHeading>{t('identity.enrolment.title')}</StepHeading>
      <p className="login-step__lead">{t('identity.enrolment.lead')}</p>
      {enrolment.isPending && <Skeleton.Node active style={{ width: 200, height: 200 }} />}
      <ProblemAlert error={enrolment.error} />
      {enrolment.data && (
        <>
          <ol className="enrolment__steps">
            <li>{t('identity.enrolment.step1')}</li>
            <li>
              {t('identity.enrolment.step2')}
              <div className="enrolment__qr" data-testid="enrolment-qr">
                <QRCode value={enrolment.data.otpauthUri} size={196} bordered={false} />
              </div>
              <span id="enrolment-secret-label">{t('identity.enrolment.manual')}</span>
              <div className="enrolment__secret">
                <Typography.Text code aria-labelledby="enrolment-secret-label" data-testid="enrolment-secret">
                  {grouped(enrolment.data.secret)}
                </Typography.Text>
                <Button
                  size="small"
                  icon={<CopyOutlined />}
                  aria-label={t('identity.enrolment.copySecret')}
                  onClick={() => void navigator.clipboard?.writeText(enrolment.data.secret)}
                />
              </div>
            </li>
            <li>{t('identity.enrolment.step3')}</li>
          </ol>
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={({ code }) => confirm.mutate(code)}
          >
            <div aria-live="assertive" className="login-step__live">
              {confirm.error && <Alert type="error" showIcon message={describe(confirm.error)} data-testid="enrolment-error" />}
            </div>
            <Form.Item
              name="code"
              label={t('identity.secondFactor.code')}
              normalize={(value: string) => value.replace(/\D/g, '').slice(0, 6)}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('identity.secondFactor.codeFormat') }]}
            >
              <Input
                autoComplete="one-time-code"
                inputMode="numeric"
                pattern="[0-9]*"
                    size="large"
                className="otp-input"
                data-testid="enrolment-code"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={confirm.isPending} data-testid="enrolment-confirm">
              {t('identity.enrolment.confirm')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
