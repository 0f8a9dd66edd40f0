import { DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Grid, Input, List, Pagination, Select, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { formatDate } from '@/lib/format';

import { useMembers } from '../api/members';
import { exportUrl, useUnits } from '../api/units';
import { permissionsOn } from '../permissions';
import { FLAG_KINDS, type FlagKind, type Grant, type Member, type MemberStatus } from '../types';

import { FlagTags, StatusTag } from './member-bits';
import { UnitSelect } from './pickers';
import type { OrganisationLinks } from './unit-details';

const PAGE_SIZES = [10, 20, 50, 100];

export function MemberList({ grants, links }: { grants: readonly Grant[]; links: OrganisationLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const status = (params.get('status') as MemberStatus | null) ?? undefined;
  const flag = (params.get('flag') as FlagKind | null) ?? undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const size = Number(params.get('size') ?? '20') || 20;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search);

  const update = (changes: Record<string, string | undefined>, resetPage = true) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const members = useMembers({ unitId, q: params.get('q') ?? undefined, status, flag, page, size });
  const units = useUnits();
  // Export and import act on one unit: the chosen one, else the top of what the user may see.
  const scopeUnit =
    units.data?.find((unit) => unit.id === unitId) ??
    units.data?.find((unit) => !unit.parentId || !units.data?.some((other) => other.id === unit.parentId));
  const can = permissionsOn(grants, scopeUnit);

  const columns: TableColumnsType<Member> = [
    {
      title: t('organisation.fields.fullName'),
      dataIndex: 'fullName',
      render: (name: string, member) => (
        <Link to={links.member(member.id)} data-testid="member-link">
          {name}
        </Link>
      ),
    },
    { title: t('organisation.fields.cardNumber'), dataIndex: 'cardNumber' },
    { title: t('organisation.fields.status'), dataIndex: 'status', render: (value: MemberStatus) => <StatusTag status={value} /> },
    {
      title: t('organisation.fields.cell'),
      key: 'cell',
      render: (_, member) => (
        <>
          {member.cellName}
          {member.groupName && <div className="muted">{member.groupName}</div>}
        </>
      ),
    },
    { title: t('organisation.fields.flags'), key: 'flags', render: (_, member) => <FlagTags flags={member.flags} /> },
    {
      title: t('organisation.fields.admissionDate'),
      dataIndex: 'admissionDate',
      responsive: ['xl'],
      render: (value: string | null) => formatDate(value),
    },
  ];

  const pagination = {
    current: page,
    pageSize: size,
    total: members.data?.total ?? 0,
    pageSizeOptions: PAGE_SIZES,
    showSizeChanger: true,
    showTotal: (total: number) => t('common.total', { count: total }),
    onChange: (next: number, nextSize: number) =>
      update({ page: String(nextSize !== size ? 1 : next), size: String(nextSize) }, false),
  };

  return (
    <div className="member-list" data-testid="member-list">
      <Card className="filter-bar" size="small">
        <div className="filter-bar__grid">
          <div className="filter-field filter-field--wide">
            <label htmlFor="members-search">{t('common.search')}</label>
            <Input
              id="members-search"
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              placeholder={t('organisation.members.searchPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              data-testid="member-search"
            />
          </div>
          <div className="filter-field">
            <label htmlFor="members-unit">{t('organisation.fields.cell')}</label>
            <UnitSelect id="members-unit" value={unitId} onChange={(value) => update({ unitId: value })} testId="member-filter-unit" />
          </div>
          <div className="filter-field">
            <label htmlFor="members-status">{t('organisation.fields.status')}</label>
            <Select
              id="members-status"
              allowClear
              value={status}
              onChange={(value) => update({ status: value })}
              placeholder={t('common.all')}
              options={(['OFFICIAL', 'PROBATIONARY'] as const).map((value) => ({ value, label: t(`organisation.status.${value}`) }))}
              data-testid="member-filter-status"
            />
          </div>
          <div className="filter-field">
            <label htmlFor="members-flag">{t('organisation.fields.flag')}</label>
            <Select
              id="members-flag"
              allowClear
              value={flag}
              onChange={(value) => update({ flag: value })}
              placeholder={t('common.all')}
              options={FLAG_KINDS.map((value) => ({ value, label: t(`organisation.flags.${value}`) }))}
              data-testid="member-filter-flag"
            />
          </div>
        </div>
        {scopeUnit && (can.exportMembers || can.importMembers) && (
          <Space wrap className="filter-bar__actions">
            {can.importMembers && (
              <Button icon={<UploadOutlined />} onClick={() => void navigate(links.import(scopeUnit.id))} data-testid="members-import-link">
                {t('organisation.importMembers')}
              </Button>
            )}
            {can.exportMembers && (
              <>
                <Button icon={<DownloadOutlined />} href={exportUrl(scopeUnit.id, 'csv')} data-testid="members-export-csv">
                  {t('organisation.exportCsv')}
                </Button>
                <Button icon={<DownloadOutlined />} href={exportUrl(scopeUnit.id, 'xlsx')} data-testid="members-export-xlsx">
                  {t('organisation.exportXlsx')}
                </Button>
              </>
            )}
          </Space>
        )}
      </Card>

      <ProblemAlert error={members.error} />
      <div aria-live="polite" className="sr-only" data-testid="member-count">
        {members.data ? t('common.total', { count: members.data.total }) : ''}
      </div>

      {screens.md ? (
        <Table<Member>
          rowKey="id"
          columns={columns}
          dataSource={members.data?.items}
          loading={members.isFetching}
          pagination={pagination}
          onRow={() => ({ 'data-testid': 'member-row' }) as React.HTMLAttributes<HTMLElement>}
          data-testid="member-table"
          locale={{ emptyText: <Empty description={t('organisation.members.empty')} /> }}
        />
      ) : (
        <>
          <List
            loading={members.isFetching}
            dataSource={members.data?.items}
            locale={{ emptyText: <Empty description={t('organisation.members.empty')} /> }}
            data-testid="member-cards"
            renderItem={(member) => (
              <List.Item key={member.id} className="member-card" data-testid="member-row">
                <Link to={links.member(member.id)} className="member-card__name" data-testid="member-link">
                  {member.fullName}
                </Link>
                <div className="member-card__meta">
                  <StatusTag status={member.status} />
                  <span>{member.cardNumber}</span>
                </div>
                <div className="muted">
                  {member.cellName}
                  {member.groupName && ` · ${member.groupName}`}
                </div>
                <FlagTags flags={member.flags} />
              </List.Item>
            )}
          />
          <Pagination {...pagination} simple className="member-list__pagination" />
        </>
      )}
    </div>
  );
}
