import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Meeting, MeetingState } from '../types';

const STATE_COLORS: Record<MeetingState, string> = {
  DRAFT: 'default',
  SCHEDULED: 'blue',
  OPEN: 'green',
  IN_PROGRESS: 'green',
  ENDED: 'purple',
  MINUTES_ADOPTED: 'purple',
  CANCELLED: 'red',
  POSTPONED: 'orange',
};

/** State, kind and mode at a glance, and the 03-HD/TW pilot label every online meeting carries (R3). */
export function MeetingTags({ meeting }: { meeting: Pick<Meeting, 'state' | 'kind' | 'mode' | 'onlinePilot'> }) {
  const { t } = useTranslation();
  return (
    <span className="meeting-tags">
      <Tag color={STATE_COLORS[meeting.state]} data-testid="meeting-state" data-state={meeting.state}>
        {t(`meetings.states.${meeting.state}`)}
      </Tag>
      <Tag>{t(`meetings.kinds.${meeting.kind}`)}</Tag>
      <Tag color={meeting.mode === 'IN_PERSON' ? undefined : 'cyan'}>{t(`meetings.modes.${meeting.mode}`)}</Tag>
      {(meeting.onlinePilot || meeting.mode !== 'IN_PERSON') && (
        <Tag color="gold" data-testid="meeting-pilot">
          {t('meetings.pilot')}
        </Tag>
      )}
    </span>
  );
}
