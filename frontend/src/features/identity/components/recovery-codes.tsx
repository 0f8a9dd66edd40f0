import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { StepHeading } from './step-heading';

function download(codes: string[], fileName: string) {
  const blob = new Blob([codes.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Shown once, right after enrolment: the server keeps only their hashes. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);

  return (
    <div data-testid="recovery-codes-step">
      <StepHeading>{t('identity.recovery.title')}</StepHeading>
      <Alert type="warning" showIcon message={t('identity.recovery.once')} />
      <ol className="recovery-codes" data-testid="recovery-codes" aria-label={t('identity.recovery.title')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Space wrap>
        <Button
          icon={<CopyOutlined />}
          onClick={() => {
            void navigator.clipboard?.writeText(codes.join('\n'));
            setCopied(true);
          }}
          data-testid="recovery-codes-copy"
        >
          {t('identity.recovery.copy')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => download(codes, 'chibo-recovery-codes.txt')} data-testid="recovery-codes-download">
          {t('identity.recovery.download')}
        </Button>
      </Space>
      <p aria-live="polite" className="login-step__live">
        {copied ? t('identity.recovery.copied') : ''}
      </p>
      <Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)} data-testid="recovery-codes-saved">
        {t('identity.recovery.saved')}
      </Checkbox>
      <Button
        type="primary"
        size="large"
        block
        disabled={!saved}
        onClick={onDone}
        className="recovery-codes__continue"
        data-testid="recovery-codes-continue"
      >
        {t('identity.recovery.continue')}
      </Button>
    </div>
  );
}
