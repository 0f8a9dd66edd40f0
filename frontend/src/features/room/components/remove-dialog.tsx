import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Participant } from '../types';

type Props = { participant: Participant | null; onConfirm: (reason: string) => void; onClose: () => void };

/** Removing someone is audited and final for the meeting: it asks for a reason and a second click. */
export function RemoveDialog({ participant, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Modal
      open={!!participant}
      title={t('room.chair.removeTitle', { name: participant?.name ?? '' })}
      okText={t('room.chair.remove')}
      okButtonProps={{ danger: true, 'data-testid': 'room-remove-confirm' }}
      cancelText={t('common.cancel')}
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setTouched(false);
      }}
      onCancel={onClose}
      onOk={() => {
        setTouched(true);
        if (missing) return;
        onConfirm(reason.trim());
        onClose();
      }}
    >
      <Typography.Paragraph>{t('room.chair.removeBody')}</Typography.Paragraph>
      <label htmlFor="room-remove-reason">{t('room.chair.removeReason')}</label>
      <Input.TextArea
        id="room-remove-reason"
        value={reason}
        maxLength={500}
        status={touched && missing ? 'error' : undefined}
        onChange={(event) => setReason(event.target.value)}
        data-testid="room-remove-reason"
      />
      {touched && missing && <Typography.Text type="danger">{t('room.chair.removeReasonRequired')}</Typography.Text>}
    </Modal>
  );
}
