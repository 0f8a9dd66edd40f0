import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Vote } from '../types';

/** A closed vote: yes / no / abstain over the denominator, the threshold and rule, passed or not (R14, R22). */
export function ResultCard({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const result = vote.result;
  if (!result) return null;
  return (
    <Card
      size="small"
      data-testid="vote-result"
      data-passed={result.passed}
      title={
        <Flex wrap gap={8} align="center">
          <span>{vote.subject}</span>
          {vote.mode === 'SECRET' && <Tag>{t('votes.mode.SECRET')}</Tag>}
        </Flex>
      }
      extra={
        result.passed ? (
          <Tag icon={<CheckCircleFilled />} color="success">
            {t('votes.result.passed')}
          </Tag>
        ) : (
          <Tag icon={<CloseCircleFilled />} color="error">
            {t('votes.result.failed')}
          </Tag>
        )
      }
    >
      {vote.personName && <Typography.Paragraph>{t('votes.person', { name: vote.personName })}</Typography.Paragraph>}
      <Typography.Paragraph strong data-testid="vote-fraction">
        {t('votes.result.fraction', { yes: result.yes, denominator: vote.denominator })}
      </Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
        <Descriptions.Item label={t('votes.choice.YES')}>{result.yes}</Descriptions.Item>
        <Descriptions.Item label={t('votes.choice.NO')}>{result.no}</Descriptions.Item>
        <Descriptions.Item label={t('votes.choice.ABSTAIN')}>{result.abstain}</Descriptions.Item>
        <Descriptions.Item label={t('votes.denominator')}>{vote.denominator}</Descriptions.Item>
        <Descriptions.Item label={t('votes.eligible')}>{vote.eligible}</Descriptions.Item>
        <Descriptions.Item label={t('votes.ruleLabel')}>
          {t(`votes.threshold.${vote.threshold}`)} ({vote.rule})
        </Descriptions.Item>
      </Descriptions>
      {vote.ballotsDigest && (
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {t('votes.digest')}: {vote.ballotsDigest}
        </Typography.Text>
      )}
    </Card>
  );
}
