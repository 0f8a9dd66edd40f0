import { DownloadOutlined, EditOutlined, PlusOutlined, StopOutlined, SwapOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';

import { useMember } from '../api/members';
import { exportUrl, useUnitHistory } from '../api/units';
import { CHILD_KINDS } from '../hierarchy';
import { permissionsOn } from '../permissions';
import type { Grant, Unit, UnitHistoryEntry } from '../types';

import { UnitKindTag } from './unit-kind';
import { UnitActionModal, type UnitAction } from './unit-modals';

export type OrganisationLinks = {
  members: (unitId: string) => string;
  import: (unitId: string) => string;
  member: (memberId: string) => string;
};

function MemberName({ id, link }: { id: string | null; link: (id: string) => string }) {
  const { t } = useTranslation();
  const member = useMember(id ?? undefined);
  if (!id) return <span className="muted">{t('organisation.noLeader')}</span>;
  return <Link to={link(id)}>{member.data?.fullName ?? t('common.loading')}</Link>;
}

const EVENT_COLOR: Record<UnitHistoryEntry['event'], string> = {
  CREATED: 'green',
  RENAMED: 'blue',
  MOVED: 'orange',
  DISSOLVED: 'gray',
};

function History({ unit, names }: { unit: Unit; names: Map<string, string> }) {
  const { t } = useTranslation();
  const history = useUnitHistory(unit.id);
  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.error) return <ProblemAlert error={history.error} />;
  if (!history.data.length) return <Empty description={t('organisation.noHistory')} />;
  return (
    <Timeline
      data-testid="unit-history"
      items={[...history.data].reverse().map((entry) => ({
        color: EVENT_COLOR[entry.event],
        children: (
          <div>
            <strong>{t(`organisation.events.${entry.event}`)}</strong> · {formatDate(entry.validFrom)}
            {entry.validTo && ` – ${formatDate(entry.validTo)}`}
            <div>{entry.name}</div>
            {entry.event === 'MOVED' && entry.parentId && (
              <div className="muted">{t('organisation.movedUnder', { name: names.get(entry.parentId) ?? '…' })}</div>
            )}
            {entry.by && <div className="muted">{t('organisation.by', { who: entry.by })}</div>}
          </div>
        ),
      }))}
    />
  );
}

export function UnitDetails({
  unit,
  units,
  grants,
  links,
}: {
  unit: Unit;
  units: readonly Unit[];
  grants: readonly Grant[];
  links: OrganisationLinks;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<UnitAction>();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const can = permissionsOn(grants, unit);
  const names = new Map(units.map((item) => [item.id, item.name]));
  const groups = units.filter((item) => item.parentId === unit.id && item.kind === 'PARTY_GROUP' && !item.dissolvedAt);
  const dissolved = !!unit.dissolvedAt;
  const canAdminister = can.administer && !dissolved;

  // Announce the newly selected unit (the tree keeps focus otherwise, and on a phone it is far above).
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: window.innerWidth >= 992 });
  }, [unit.id]);

  const closeModal = () => {
    setAction(undefined);
  };

  const actions: { key: UnitAction; icon: React.ReactNode; label: string; danger?: boolean; show: boolean }[] = [
    { key: 'add-child', icon: <PlusOutlined />, label: t('organisation.actions.addChild'), show: CHILD_KINDS[unit.kind].length > 0 },
    { key: 'rename', icon: <EditOutlined />, label: t('organisation.actions.rename'), show: true },
    { key: 'move', icon: <SwapOutlined />, label: t('organisation.actions.move'), show: !!unit.parentId },
    { key: 'leaders', icon: <TeamOutlined />, label: t('organisation.actions.leaders'), show: unit.kind === 'PARTY_GROUP' },
    { key: 'dissolve', icon: <StopOutlined />, label: t('organisation.actions.dissolve'), danger: true, show: !!unit.parentId },
  ];

  return (
    <Card className="unit-details" data-testid="unit-details">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={[8, 4]}>
          <UnitKindTag kind={unit.kind} />
          {dissolved && <Tag color="default">{t('organisation.dissolvedOn', { date: formatDate(unit.dissolvedAt) })}</Tag>}
        </Space>
        <Typography.Title level={2} className="unit-details__title" tabIndex={-1} ref={titleRef} data-testid="unit-name">
          {unit.name}
        </Typography.Title>
      </Space>

      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        className="unit-details__facts"
        items={[
          { key: 'code', label: t('organisation.fields.code'), children: <span data-testid="unit-code">{unit.code}</span> },
          { key: 'members', label: t('organisation.fields.memberCount'), children: <span data-testid="unit-member-count">{unit.memberCount}</span> },
          { key: 'from', label: t('organisation.fields.validFrom'), children: formatDate(unit.validFrom) },
          {
            key: 'parent',
            label: t('organisation.fields.parent'),
            children: unit.parentId ? (names.get(unit.parentId) ?? '—') : '—',
          },
        ]}
      />

      <Space wrap className="unit-details__links">
        {(unit.kind === 'CELL' || unit.kind === 'PARTY_GROUP' || unit.memberCount > 0) && (
          <Link to={links.members(unit.id)} data-testid="unit-members-link">
            <Button icon={<TeamOutlined />} tabIndex={-1}>
              {t('organisation.viewMembers')}
            </Button>
          </Link>
        )}
        {can.importMembers && !dissolved && (unit.kind === 'CELL' || unit.kind === 'GRASSROOTS' || unit.kind === 'COMMITTEE') && (
          <Link to={links.import(unit.id)} data-testid="unit-import-link">
            <Button icon={<UploadOutlined />} tabIndex={-1}>
              {t('organisation.importMembers')}
            </Button>
          </Link>
        )}
        {can.exportMembers && (
          <Button icon={<DownloadOutlined />} href={exportUrl(unit.id, 'xlsx')} data-testid="unit-export-xlsx">
            {t('organisation.exportXlsx')}
          </Button>
        )}
      </Space>

      {canAdminister && (
        <section aria-labelledby="unit-admin-heading" className="unit-details__section">
          <Typography.Title level={3} id="unit-admin-heading" className="section-title">
            {t('organisation.adminHeading')}
          </Typography.Title>
          <Space wrap>
            {actions
              .filter((item) => item.show)
              .map((item) => (
                <Button
                  key={item.key}
                  icon={item.icon}
                  danger={item.danger}
                  onClick={() => setAction(item.key)}
                  data-testid={`unit-action-${item.key}`}
                >
                  {item.label}
                </Button>
              ))}
          </Space>
        </section>
      )}

      {unit.kind === 'PARTY_GROUP' && (
        <section aria-labelledby="unit-leaders-heading" className="unit-details__section" data-testid="unit-leaders">
          <Typography.Title level={3} id="unit-leaders-heading" className="section-title">
            {t('organisation.leadersHeading')}
          </Typography.Title>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'leader', label: t('organisation.fields.leader'), children: <MemberName id={unit.leaderMemberId} link={links.member} /> },
              { key: 'deputy', label: t('organisation.fields.deputy'), children: <MemberName id={unit.deputyMemberId} link={links.member} /> },
            ]}
          />
        </section>
      )}

      {groups.length > 0 && (
        <section aria-labelledby="unit-groups-heading" className="unit-details__section" data-testid="unit-groups">
          <Typography.Title level={3} id="unit-groups-heading" className="section-title">
            {t('organisation.groupsHeading', { count: groups.length })}
          </Typography.Title>
          <ul className="plain-list">
            {groups.map((group) => (
              <li key={group.id}>
                <strong>{group.name}</strong> ({t('organisation.memberCount', { count: group.memberCount })}) —{' '}
                {t('organisation.fields.leader')}: <MemberName id={group.leaderMemberId} link={links.member} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="unit-history-heading" className="unit-details__section">
        <Typography.Title level={3} id="unit-history-heading" className="section-title">
          {t('organisation.historyHeading')}
        </Typography.Title>
        <History unit={unit} names={names} />
      </section>

      <UnitActionModal unit={unit} action={action} onClose={closeModal} />
    </Card>
  );
}
