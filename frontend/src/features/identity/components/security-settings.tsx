import { Alert, Button, Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EnrolmentConfirmation } from '../types';

import { EnrolmentStep } from './enrolment-step';
import { PasswordChangeStep } from './password-change-step';
import { RecoveryCodes } from './recovery-codes';

/** The signed-in user's own password and second factor. */
export function SecuritySettings({ secondFactorEnrolled, onChanged }: { secondFactorEnrolled: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [passwordChanged, setPasswordChanged] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[]>();

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={12}>
        <Card>
          {passwordChanged && (
            <Alert type="success" showIcon role="status" message={t('identity.password.changed')} style={{ marginBottom: 16 }} />
          )}
          <PasswordChangeStep required={false} onChanged={() => setPasswordChanged(true)} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card data-testid="second-factor-settings">
          {codes ? (
            <RecoveryCodes
              codes={codes}
              onDone={() => {
                setCodes(undefined);
                setEnrolling(false);
                onChanged();
              }}
            />
          ) : enrolling ? (
            <EnrolmentStep onConfirmed={(confirmation: EnrolmentConfirmation) => setCodes(confirmation.recoveryCodes)} />
          ) : (
            <>
              <Typography.Title level={2} className="login-step__title">
                {t('identity.enrolment.settingsTitle')}
              </Typography.Title>
              <p>{secondFactorEnrolled ? t('identity.enrolment.enrolled') : t('identity.enrolment.notEnrolled')}</p>
              <Button type={secondFactorEnrolled ? 'default' : 'primary'} onClick={() => setEnrolling(true)} data-testid="enrolment-start">
                {secondFactorEnrolled ? t('identity.enrolment.reEnrol') : t('identity.enrolment.start')}
              </Button>
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
