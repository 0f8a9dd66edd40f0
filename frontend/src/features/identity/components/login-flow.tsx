import { Card } from 'antd';
import { useState } from 'react';

import { api } from '@/lib/api-client';

import type { EnrolmentConfirmation, LoginStatus } from '../types';

import { CredentialsStep } from './credentials-step';
import { EnrolmentStep } from './enrolment-step';
import { PasswordChangeStep } from './password-change-step';
import { RecoveryCodes } from './recovery-codes';
import { SecondFactorStep } from './second-factor-step';

type Step =
  | { name: 'credentials' }
  | { name: 'second-factor' }
  | { name: 'enrolment' }
  | { name: 'recovery-codes'; codes: string[]; next: LoginStatus }
  | { name: 'password-change' };

function stepFor(status: LoginStatus | undefined): Step | undefined {
  switch (status) {
    case 'SECOND_FACTOR_REQUIRED':
      return { name: 'second-factor' };
    case 'ENROLMENT_REQUIRED':
      return { name: 'enrolment' };
    case 'PASSWORD_CHANGE_REQUIRED':
      return { name: 'password-change' };
    default:
      return undefined;
  }
}

/**
 * Password, then whatever the server asks next (second factor, enrolment, new password) until it
 * answers AUTHENTICATED. `pending` resumes a login left half-way (e.g. after a reload).
 */
export function LoginFlow({
  pending,
  onAuthenticated,
}: {
  pending?: LoginStatus;
  onAuthenticated: () => void;
}) {
  const [step, setStep] = useState<Step>(() => stepFor(pending) ?? { name: 'credentials' });

  const advance = (status: LoginStatus | undefined) => {
    const next = stepFor(status);
    if (next) setStep(next);
    else onAuthenticated();
  };

  const restart = () => {
    // Forget the half-finished login on the server too; failing that, a new password attempt replaces it.
    void api.post('/api/auth/logout').catch(() => undefined);
    setStep({ name: 'credentials' });
  };

  return (
    <Card className="login-card" data-testid={`login-step-${step.name}`}>
      {step.name === 'credentials' && <CredentialsStep onNext={(status) => advance(status)} />}
      {step.name === 'second-factor' && <SecondFactorStep onNext={advance} onCancel={restart} />}
      {step.name === 'enrolment' && (
        <EnrolmentStep
          onConfirmed={(confirmation: EnrolmentConfirmation) =>
            setStep({ name: 'recovery-codes', codes: confirmation.recoveryCodes, next: confirmation.status ?? 'AUTHENTICATED' })
          }
        />
      )}
      {step.name === 'recovery-codes' && <RecoveryCodes codes={step.codes} onDone={() => advance(step.next)} />}
      {step.name === 'password-change' && <PasswordChangeStep onChanged={(status) => advance(status ?? 'AUTHENTICATED')} />}
    </Card>
  );
}
