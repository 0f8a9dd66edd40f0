import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

import { useProblemMessage } from '@/hooks/use-problem-message';
import { isApiError } from '@/lib/api-client';

import { changePassword } from '../api/auth';
import { PASSWORD_MIN_LENGTH, type LoginStatus } from '../types';

import { StepHeading } from './step-heading';

type Values = { currentPassword: string; newPassword: string; repeat: string };

export function PasswordChangeStep({
  onChanged,
  required = true,
}: {
  onChanged: (status: LoginStatus | undefined) => void;
  /** In a login: the temporary password must be replaced before anything else. */
  required?: boolean;
}) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: (values: Values) => changePassword(values.currentPassword, values.newPassword),
    onSuccess: (answer) => {
      form.resetFields();
      onChanged(answer?.status);
    },
    onError: (error) => {
      // The server's reasons go next to the fields they concern; the rest above the form.
      const fields = (isApiError(error) ? (error.errors ?? []) : [])
        .map((item) => ({ name: (item.field ?? item.pointer?.split('/').at(-1) ?? 'newPassword') as keyof Values, errors: [item.message ?? ''] }))
        .filter((item) => ['currentPassword', 'newPassword'].includes(item.name));
      form.setFields(fields.length ? fields : []);
      form.getFieldInstance(fields[0]?.name ?? 'newPassword')?.focus();
    },
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => mutation.mutate(values)}
      data-testid="password-change-form"
    >
      <StepHeading>{t('identity.password.title')}</StepHeading>
      {required && <p className="login-step__lead" id="password-lead">{t('identity.password.lead')}</p>}
      <div className="password-policy" id="password-policy">
        <strong>{t('identity.password.policyTitle')}</strong>
        <ul>
          <li>{t('identity.password.policyLength', { count: PASSWORD_MIN_LENGTH })}</li>
          <li>{t('identity.password.policyUsername')}</li>
          <li>{t('identity.password.policyCommon')}</li>
          <li>{t('identity.password.policyCurrent')}</li>
        </ul>
      </div>
      <div aria-live="assertive" className="login-step__live">
        {mutation.error && (
          <Alert type="error" showIcon message={describe(mutation.error)} data-testid="password-change-error" />
        )}
      </div>
      <Form.Item
        name="currentPassword"
        label={required ? t('identity.password.temporary') : t('identity.password.current')}
        rules={[{ required: true, message: t('identity.login.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" size="large" autoFocus data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('identity.password.new')}
        rules={[
          { required: true, message: t('identity.login.passwordRequired') },
          { min: PASSWORD_MIN_LENGTH, message: t('identity.password.policyLength', { count: PASSWORD_MIN_LENGTH }) },
        ]}
      >
        <Input.Password autoComplete="new-password" size="large" aria-describedby="password-policy" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('identity.password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('identity.login.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('identity.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" size="large" data-testid="repeat-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending} data-testid="password-change-submit">
        {t('identity.password.submit')}
      </Button>
    </Form>
  );
}
