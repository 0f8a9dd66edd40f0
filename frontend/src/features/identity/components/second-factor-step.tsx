import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProblemMessage } from '@/hooks/use-problem-message';

import { verifySecondFactor } from '../api/auth';
import type { LoginStatus } from '../types';

import { StepHeading } from './step-heading';

const TOTP = /^\d{6}$/;
const RECOVERY = /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{2}$/;

export function SecondFactorStep({ onNext, onCancel }: { onNext: (status: LoginStatus) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const [form] = Form.useForm<{ code: string }>();
  const [recovery, setRecovery] = useState(false);
  const mutation = useMutation({
    mutationFn: (code: string) => verifySecondFactor(code),
    onSuccess: (answer) => onNext(answer.status),
    onError: () => {
      form.setFieldValue('code', '');
      form.getFieldInstance('code')?.focus();
    },
  });

  const switchMode = () => {
    setRecovery((value) => !value);
    mutation.reset();
    form.resetFields();
    window.setTimeout(() => form.getFieldInstance('code')?.focus(), 0);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={({ code }) => mutation.mutate(code.trim())}
      data-testid="second-factor-form"
    >
      <StepHeading>{t('identity.secondFactor.title')}</StepHeading>
      <p className="login-step__lead" id="second-factor-lead">
        {recovery ? t('identity.secondFactor.recoveryLead') : t('identity.secondFactor.lead')}
      </p>
      <div aria-live="assertive" className="login-step__live">
        {mutation.error && (
          <Alert type="error" showIcon message={describe(mutation.error)} data-testid="second-factor-error" />
        )}
      </div>
      {recovery ? (
        <Form.Item
          key="recovery"
          name="code"
          label={t('identity.secondFactor.recoveryCode')}
          rules={[{ required: true, pattern: RECOVERY, message: t('identity.secondFactor.recoveryFormat') }]}
        >
          <Input
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            size="large"
            placeholder="xxxx-xxxx-xx"
            autoFocus
            aria-describedby="second-factor-lead"
            data-testid="recovery-code"
          />
        </Form.Item>
      ) : (
        <Form.Item
          key="totp"
          name="code"
          label={t('identity.secondFactor.code')}
          normalize={(value: string) => value.replace(/\D/g, '').slice(0, 6)}
          rules={[{ required: true, pattern: TOTP, message: t('identity.secondFactor.codeFormat') }]}
        >
          <Input
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            size="large"
            className="otp-input"
            autoFocus
            aria-describedby="second-factor-lead"
            data-testid="second-factor-code"
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="second-factor-submit">
        {t('identity.secondFactor.submit')}
      </Button>
      <div className="login-step__links">
        <Button type="link" onClick={switchMode} data-testid="use-recovery-code">
          {recovery ? t('identity.secondFactor.useApp') : t('identity.secondFactor.useRecovery')}
        </Button>
        <Button type="link" onClick={onCancel} data-testid="login-restart">
          {t('identity.login.restart')}
        </Button>
      </div>
    </Form>
  );
}
