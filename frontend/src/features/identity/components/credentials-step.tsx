import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useCountdown } from '@/hooks/use-countdown';
import { useProblemMessage } from '@/hooks/use-problem-message';
import { isApiError } from '@/lib/api-client';

import { login } from '../api/auth';
import type { LoginStatus } from '../types';

import { StepHeading } from './step-heading';

type Values = { username: string; password: string };

export function CredentialsStep({ onNext }: { onNext: (status: LoginStatus, username: string) => void }) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const [form] = Form.useForm<Values>();
  const [retryUntil, setRetryUntil] = useState<number>();
  const secondsLeft = useCountdown(retryUntil);
  const mutation = useMutation({
    mutationFn: (values: Values) => login(values.username.trim(), values.password),
    onSuccess: (answer, values) => onNext(answer.status, values.username.trim()),
    onError: (error) => {
      if (isApiError(error) && error.status === 429) {
        setRetryUntil(Date.now() + (error.retryAfter ?? 60) * 1000);
      }
      form.setFieldValue('password', '');
      form.getFieldInstance('password')?.focus();
    },
  });

  const throttled = secondsLeft > 0;
  const error = mutation.error;
  let message: string | undefined;
  if (error) {
    if (isApiError(error) && error.status === 429) {
      message = throttled ? t('identity.login.throttled', { seconds: secondsLeft }) : t('identity.login.throttledOver');
    } else {
      message = describe(error);
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => mutation.mutate(values)}
      data-testid="login-form"
      aria-labelledby="login-title"
    >
      <StepHeading>{t('identity.login.title')}</StepHeading>
      <p className="login-step__lead" id="login-lead">{t('identity.login.lead')}</p>
      <div aria-live="assertive" className="login-step__live">
        {message && (
          <Alert type={throttled ? 'warning' : 'error'} showIcon message={message} data-testid="login-error" />
        )}
      </div>
      <Form.Item
        name="username"
        label={t('identity.login.username')}
        rules={[{ required: true, whitespace: true, message: t('identity.login.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined aria-hidden />}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          size="large"
          autoFocus
          aria-describedby="login-lead"
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('identity.login.password')}
        rules={[{ required: true, message: t('identity.login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined aria-hidden />}
          autoComplete="current-password"
          size="large"
          data-testid="login-password"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={mutation.isPending}
        disabled={throttled}
        data-testid="login-submit"
      >
        {throttled ? t('identity.login.waitSeconds', { seconds: secondsLeft }) : t('identity.login.submit')}
      </Button>
    </Form>
  );
}
