import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';

import { minutesKey, useMinutes } from '../api/minutes';
import type { Announcement } from '../types';

import { MinutesActions } from './minutes-actions';
import { MinutesDocument } from './minutes-document';

/**
 * Refetches the minutes when the room announces that they changed (`minutes-*` events) or that a vote closed
 * (the draft lists every closed vote's result).
 */
function useLiveRefresh(meetingId: string, announcement: Announcement | null | undefined) {
  const queryClient = useQueryClient();
  const type = announcement?.type;
  const seq = type && (type.startsWith('minutes-') || type === 'vote-closed') ? announcement.seq : undefined;
  useEffect(() => {
    if (seq !== undefined) void queryClient.invalidateQueries({ queryKey: minutesKey(meetingId) });
  }, [seq, meetingId, queryClient]);
}

/**
 * The biên bản of one meeting: the document with the minute-taker's editors, and the read-back,
 * adoption, signing, verification and downloads. In the room it follows the room's announcements.
 */
export function MinutesPage({
  meetingId,
  announcement,
  embedded = false,
}: {
  meetingId: string;
  announcement?: Announcement | null;
  /** Inside the room: a card, and nothing at all for those the minutes are not for (guests, R23). */
  embedded?: boolean;
}) {
  const { t } = useTranslation();
  const query = useMinutes(meetingId);
  useLiveRefresh(meetingId, announcement);
  if (query.error) return embedded && isApiError(query.error) && query.error.status === 403 ? null : <ProblemAlert error={query.error} />;
  if (!query.data) return <Skeleton active />;
  const page = (
    <Flex vertical gap={16} className="minutes-page" data-testid="minutes-page">
      <MinutesActions view={query.data} />
      <MinutesDocument view={query.data} />
    </Flex>
  );
  return embedded ? (
    <Card size="small" title={t('minutes.roomTitle')}>
      {page}
    </Card>
  ) : (
    page
  );
}
