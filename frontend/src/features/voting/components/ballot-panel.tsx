import { Alert, Button, Card, Flex, Modal, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';

import { useCastBallot, useCancelVote, useCloseVote } from '../api/votes';
import type { Choice, Vote } from '../types';

const CHOICES: Choice[] = ['YES', 'NO', 'ABSTAIN'];
const COLORS: Record<Choice, 'primary' | 'danger' | 'default'> = { YES: 'primary', NO: 'danger', ABSTAIN: 'default' };

/**
 * The open vote: its subject, the rule, live progress (how many have voted, never how), big buttons
 * with a confirmation for a member who may cast, the reason for one who may not, and the chair's close.
 */
export function BallotPanel({ vote }: { vote: Vote }) {
  const { t, i18n } = useTranslation();
  const cast = useCastBallot(vote.meetingId);
  const close = useCloseVote(vote.meetingId);
  const cancel = useCancelVote(vote.meetingId);
  const [confirming, setConfirming] = useState<Choice | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const problem = (e: unknown) => {
    if (isApiError(e) && e.code && i18n.exists(`votes.errors.${e.code}`)) return t(`votes.errors.${e.code}`);
    return isApiError(e) ? e.message : t('votes.errors.generic');
  };

  const submit = async () => {
    if (!confirming) return;
    setError(null);
    try {
      const answer = await cast.mutateAsync({ voteId: vote.id, choice: confirming });
      setReceipt(answer.receipt);
    } catch (e) {
      setError(problem(e));
    } finally {
      setConfirming(null);
    }
  };

  const percent = vote.eligible === 0 ? 0 : Math.round((vote.cast * 100) / vote.eligible);
  return (
    <Card
      size="small"
      data-testid="vote-open"
      title={
        <Flex wrap gap={8} align="center">
          <span>{vote.subject}</span>
          <Tag color={vote.mode === 'SECRET' ? 'purple' : 'blue'}>{t(`votes.mode.${vote.mode}`)}</Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {vote.personName && <Typography.Text>{t('votes.person', { name: vote.personName })}</Typography.Text>}
        <Typography.Text type="secondary">
          {t(`votes.decision.${vote.decisionType}`)} · {t(`votes.threshold.${vote.threshold}`)} ({vote.rule}) ·{' '}
          {t('votes.denominatorShort', { count: vote.denominator, rule: vote.denominatorRule })}
        </Typography.Text>
        <div>
          <Typography.Text data-testid="vote-progress">
            {t('votes.progress', { cast: vote.cast, eligible: vote.eligible })}
          </Typography.Text>
          <Progress percent={percent} showInfo={false} aria-hidden />
        </div>
        {vote.me.voted ? (
          <Alert
            type="success"
            showIcon
            data-testid="vote-done"
            message={vote.me.choice ? t('votes.votedOpen', { choice: t(`votes.choice.${vote.me.choice}`) }) : t('votes.voted')}
            description={receipt ? t('votes.receipt', { receipt }) : undefined}
          />
        ) : vote.me.elector && !vote.me.mayCast ? (
          <Alert type="info" showIcon data-testid="vote-ineligible" message={t(`votes.reason.${vote.me.reason ?? 'NOT_PRESENT'}`)} />
        ) : vote.me.mayCast ? (
          <Flex wrap gap={8} className="vote-buttons">
            {CHOICES.map((choice) => (
              <Button
                key={choice}
                size="large"
                type={choice === 'ABSTAIN' ? 'default' : 'primary'}
                danger={COLORS[choice] === 'danger'}
                style={{ minWidth: 140, minHeight: 56, fontSize: 18 }}
                onClick={() => setConfirming(choice)}
                data-testid={`vote-choice-${choice}`}
                loading={cast.isPending && confirming === choice}
              >
                {t(`votes.choice.${choice}`)}
              </Button>
            ))}
          </Flex>
        ) : null}
        {error && <Alert type="error" showIcon message={error} data-testid="vote-error" />}
        {vote.mayManage && (
          <Flex wrap gap={8}>
            <Button type="primary" onClick={() => close.mutate(vote.id)} loading={close.isPending} data-testid="vote-close">
              {t('votes.close')}
            </Button>
            <Button onClick={() => cancel.mutate(vote.id)} loading={cancel.isPending}>
              {t('votes.cancel')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Modal
        open={confirming !== null}
        title={t('votes.confirmTitle')}
        okText={t('votes.confirmOk')}
        cancelText={t('votes.confirmCancel')}
        onOk={() => void submit()}
        onCancel={() => setConfirming(null)}
        confirmLoading={cast.isPending}
        okButtonProps={{ 'data-testid': 'vote-confirm-ok' }}
      >
        {confirming && (
          <Typography.Paragraph data-testid="vote-confirm-body">
            {t('votes.confirmBody', { choice: t(`votes.choice.${confirming}`), subject: vote.subject })}
          </Typography.Paragraph>
        )}
      </Modal>
    </Card>
  );
}
