import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Rate } from '../types';

/** R12: present of (summoned − exempt), against the threshold that applies to the meeting's unit. */
export function RateSummary({ rate, testId = 'attendance-rate' }: { rate: Rate; testId?: string }) {
  const { t } = useTranslation();
  const percent = rate.percent ?? 0;
  return (
    <Flex vertical gap={4} data-testid={testId} data-percent={rate.percent ?? ''} data-meets={rate.meetsThreshold}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>
          {t('attendance.rate.line', { present: rate.present, denominator: rate.denominator, percent: rate.percent ?? '—' })}
        </Typography.Text>
        <Tag color={rate.meetsThreshold ? 'green' : 'orange'}>
          {t(rate.meetsThreshold ? 'attendance.rate.meets' : 'attendance.rate.below', { threshold: rate.thresholdPercent })}
        </Tag>
      </Flex>
      <Progress
        percent={Number(percent)}
        success={{ percent: 0 }}
        showInfo={false}
        size="small"
        strokeColor={rate.meetsThreshold ? '#389e0d' : '#d46b08'}
        aria-label={t('attendance.rate.aria', { percent: rate.percent ?? 0, threshold: rate.thresholdPercent })}
      />
      <Typography.Text type="secondary">
        {t('attendance.rate.detail', { summoned: rate.summoned, exempt: rate.exempt, threshold: rate.thresholdPercent })}
      </Typography.Text>
    </Flex>
  );
}
