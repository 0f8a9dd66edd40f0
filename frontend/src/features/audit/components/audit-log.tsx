import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Input, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { formatDateTime } from '@/lib/format';

import { useAuditEntries, useVerifyChain } from '../api/audit';
import type { AuditEntry } from '../types';

function details(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function AuditLog() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [objectType, setObjectType] = useState('');
  const [objectId, setObjectId] = useState('');
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(50);
  // Debounced as one string: a fresh object each render would never settle.
  const debounced = JSON.parse(useDebouncedValue(JSON.stringify({ actor, action, objectType, objectId }))) as {
    actor: string;
    action: string;
    objectType: string;
    objectId: string;
  };
  const entries = useAuditEntries({
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.endOf('day').toISOString(),
    ...debounced,
    page,
    size,
  });
  const verify = useVerifyChain();

  const text = (label: string, value: string, set: (value: string) => void, testId: string) => (
    <div className="filter-field">
      <label htmlFor={testId}>{label}</label>
      <Input
        id={testId}
        allowClear
        value={value}
        onChange={(event) => {
          set(event.target.value);
          setPage(1);
        }}
        data-testid={testId}
      />
    </div>
  );

  const columns: TableColumnsType<AuditEntry> = [
    { title: '#', dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (value: string) => formatDateTime(value) },
    { title: t('audit.actor'), dataIndex: 'actorUsername', render: (value: string | null) => value ?? t('audit.system') },
    { title: t('audit.action'), dataIndex: 'action', render: (value: string) => <code>{value}</code> },
    {
      title: t('audit.object'),
      key: 'object',
      render: (_, entry) =>
        entry.objectType ? (
          <span>
            {entry.objectType}
            {entry.objectId && <div className="muted mono">{entry.objectId}</div>}
          </span>
        ) : (
          '—'
        ),
    },
    { title: t('audit.origin'), dataIndex: 'origin', responsive: ['xl'] },
    {
      title: t('audit.details'),
      dataIndex: 'details',
      responsive: ['lg'],
      render: (value: unknown) => (
        <Typography.Text ellipsis={{ tooltip: details(value) }} style={{ maxWidth: 260 }}>
          {details(value)}
        </Typography.Text>
      ),
    },
  ];

  const result = verify.data;

  return (
    <div className="audit-log">
      <Card size="small" className="verify-card">
        <div className="verify-card__row">
          <div>
            <Typography.Title level={2} className="section-title">
              {t('audit.chainTitle')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('audit.chainHint')}</Typography.Text>
          </div>
          <Button
            icon={<SafetyCertificateOutlined />}
            type="primary"
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        </div>
        <div aria-live="polite" data-testid="audit-verification">
          {result &&
            (result.valid ? (
              <Alert
                type="success"
                showIcon
                message={t('audit.chainValid', { count: result.entries })}
                description={t('audit.checkedAt', { at: formatDateTime(result.checkedAt) })}
                data-testid="audit-chain-valid"
              />
            ) : (
              <Alert
                type="error"
                showIcon
                message={t('audit.chainBroken', { seq: result.firstBrokenSeq ?? '?' })}
                description={[result.reason, t('audit.checkedAt', { at: formatDateTime(result.checkedAt) })].filter(Boolean).join(' · ')}
                data-testid="audit-chain-broken"
              />
            ))}
          <ProblemAlert error={verify.error} />
        </div>
      </Card>

      <Card size="small" className="filter-bar">
        <div className="filter-bar__grid">
          <div className="filter-field filter-field--wide">
            <label htmlFor="audit-range">{t('audit.period')}</label>
            <DatePicker.RangePicker
              id={{ start: 'audit-range' }}
              format="DD/MM/YYYY"
              value={range}
              onChange={(value) => {
                setRange(value);
                setPage(1);
              }}
              style={{ width: '100%' }}
            />
          </div>
          {text(t('audit.actor'), actor, setActor, 'audit-filter-actor')}
          {text(t('audit.action'), action, setAction, 'audit-filter-action')}
          {text(t('audit.objectType'), objectType, setObjectType, 'audit-filter-object-type')}
          {text(t('audit.objectId'), objectId, setObjectId, 'audit-filter-object-id')}
        </div>
      </Card>

      <ProblemAlert error={entries.error} />
      <div className="table-scroll">
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          columns={columns}
          dataSource={entries.data?.items}
          loading={entries.isFetching}
          data-testid="audit-table"
          locale={{ emptyText: <span><SearchOutlined /> {t('audit.empty')}</span> }}
          pagination={{
            current: page,
            pageSize: size,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (next, nextSize) => {
              setPage(nextSize !== size ? 1 : next);
              setSize(nextSize);
            },
          }}
        />
      </div>
    </div>
  );
}
