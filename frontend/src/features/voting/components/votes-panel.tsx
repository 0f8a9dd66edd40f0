import { Alert, Card, Collapse, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

import { useCongressQuorum, useVoteAnnouncements, useVotes } from '../api/votes';
import type { VotesContext } from '../types';

import { BallotPanel } from './ballot-panel';
import { OpenVoteForm } from './open-vote-form';
import { ResultCard } from './result-card';

/** The votes of a meeting in its room: the open one, the chair's form, then the results. */
export function VotesPanel({ context }: { context: VotesContext }) {
  const { t } = useTranslation();
  const votes = useVotes(context.meetingId);
  useVoteAnnouncements(context.meetingId, context.announcement);
  const quorum = useCongressQuorum(context.meetingId).data;
  const list = votes.data ?? [];
  const open = list.find((v) => v.state === 'OPEN');
  const closed = list.filter((v) => v.state === 'CLOSED');

  return (
    <Card size="small" title={t('votes.title')} data-testid="votes-panel">
      {votes.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {quorum?.congress && (
            <Alert
              type={quorum.met ? 'success' : 'warning'}
              showIcon
              data-testid="congress-quorum"
              message={t(quorum.met ? 'votes.quorum.met' : 'votes.quorum.notMet', {
                present: quorum.present,
                summoned: quorum.summoned,
                required: quorum.required,
              })}
            />
          )}
          {open && <BallotPanel vote={open} />}
          {!open && context.manage && context.live && (
            <Collapse
              size="small"
              items={[{ key: 'open', label: <span data-testid="open-vote-toggle">{t('votes.form.title')}</span>, children: <OpenVoteForm context={context} /> }]}
            />
          )}
          {closed.map((v) => (
            <ResultCard key={v.id} vote={v} />
          ))}
          {!open && closed.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('votes.none')} />}
        </Flex>
      )}
    </Card>
  );
}
