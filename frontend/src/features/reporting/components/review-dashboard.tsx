import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Select, Space, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { exportUrl, useCellMeetings, useDashboard, useMeetingRoll, useMemberYear, useUnexcused } from '../api/reporting';
import type { CellRow, ExportTable, MeetingRow, UnexcusedMember } from '../types';

import { heatColour } from './heat';

export type ReviewUnit = { id: string; name: string };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function ExportButtons({ unitId, table, year, extra }: { unitId: string; table: ExportTable; year: number; extra?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <Space size="small">
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined />}
          href={exportUrl(unitId, table, format, year, extra)}
          data-testid={`export-${table}-${format}`}
        >
          {t(`reporting.export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}

export function ReviewDashboard({ units }: { units: ReviewUnit[] }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.id);
  const [year, setYear] = useState(new Date().getFullYear());
  const [cell, setCell] = useState<CellRow | null>(null);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [memberId, setMemberId] = useState<string | null>(null);
  const dashboard = useDashboard(unitId, year);
  const unexcused = useUnexcused(unitId, year);
  const threshold = dashboard.data?.thresholdPercent ?? 85;

  if (!unitId) return <Alert type="info" showIcon message={t('reporting.noUnit')} />;

  const heatColumns: TableColumnsType<CellRow> = [
    {
      title: t('reporting.cell'),
      key: 'cell',
      fixed: 'left',
      width: 160,
      render: (_, row) => (
        <Typography.Link onClick={() => setCell(row)} data-testid={`cell-${row.code}`}>
          {row.name}
        </Typography.Link>
      ),
    },
    ...MONTHS.map((m) => ({
      title: t('reporting.monthShort', { month: m }),
      key: `m${m}`,
      align: 'center' as const,
      onCell: (row: CellRow) => ({ style: { background: heatColour(row.months[m - 1], threshold) } }),
      render: (_: unknown, row: CellRow) => {
        const f = row.months[m - 1];
        const marks = [
          f.regularMissing ? t('reporting.missingMark') : '',
          f.figures.shortMeetings > 0 ? t('reporting.shortMark') : '',
          f.warnings.length > 0 ? '!' : '',
        ].join('');
        return (
          <Tooltip title={t('reporting.heatTooltip', { present: f.figures.present, counted: f.figures.counted, regular: f.figures.regularHeld, thematic: f.figures.thematicHeld })}>
            <span data-testid={`heat-${row.code}-${m}`}>
              {f.ratePercent === null ? '–' : `${Math.round(f.ratePercent)}%`}
              {marks && <sup>{marks}</sup>}
            </span>
          </Tooltip>
        );
      },
    })),
    {
      title: t('reporting.regular'),
      key: 'regular',
      render: (_, row) => `${row.regularHeld}/${row.regularRequired}`,
    },
    {
      title: t('reporting.thematicQuarters'),
      key: 'quarters',
      render: (_, row) =>
        row.quarters.map((q) => (
          <Tag key={q.quarter} color={q.thematicMissing ? 'red' : q.thematicHeld > 0 ? 'green' : 'default'}>
            Q{q.quarter}: {q.thematicHeld}
          </Tag>
        )),
    },
  ];

  const unexcusedColumns: TableColumnsType<UnexcusedMember> = [
    {
      title: t('reporting.member'),
      key: 'name',
      render: (_, row) => (
        <Typography.Link onClick={() => setMemberId(row.memberId)} data-testid={`unexcused-${row.memberId}`}>
          {row.fullName}
        </Typography.Link>
      ),
    },
    { title: t('reporting.unexcusedMonths'), dataIndex: 'months', key: 'months' },
    {
      title: t('reporting.level'),
      key: 'level',
      render: (_, row) =>
        row.removalProcedure ? <Tag color="red">{t('reporting.removalProcedure')}</Tag> : <Tag color="orange">{t('reporting.warn')}</Tag>,
    },
    {
      title: t('reporting.months'),
      key: 'detail',
      render: (_, row) =>
        row.detail.map((d) => (
          <Tooltip key={d.month} title={d.outside ? t('reporting.outside') : d.meetings.map((m) => m.title ?? (m.startsAt ? new Date(m.startsAt).toLocaleDateString('vi-VN') : m.meetingId)).join(', ')}>
            <Tag>{t('reporting.monthShort', { month: d.month })}</Tag>
          </Tooltip>
        )),
    },
  ];

  const years = [0, 1, 2, 3].map((i) => new Date().getFullYear() - i);
  return (
    <div className="review-dashboard">
      <Space wrap>
        <Select
          aria-label={t('reporting.unit')}
          style={{ minWidth: 260 }}
          value={unitId}
          onChange={setUnitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select aria-label={t('reporting.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} />
      </Space>
      {dashboard.error && <ProblemAlert error={dashboard.error} />}
      {dashboard.data && (
        <>
          <Space wrap size="large">
            <Statistic title={t('reporting.pilotOnline')} value={dashboard.data.pilot.onlineMeetings} />
            <Statistic title={t('reporting.pilotHybrid')} value={dashboard.data.pilot.hybridMeetings} />
            <Statistic
              title={t('reporting.pilotAttendance')}
              value={`${dashboard.data.pilot.presentOnline} / ${dashboard.data.pilot.presentInPerson}`}
            />
            <Statistic title={t('reporting.minutesOnTime')} value={`${dashboard.data.minutesOnTime} / ${dashboard.data.minutesAdopted}`} />
          </Space>
          <Card
            title={t('reporting.heatmapTitle', { threshold })}
            extra={<ExportButtons unitId={unitId} table="dashboard" year={year} />}
            data-testid="reporting-heatmap"
          >
            <Typography.Paragraph type="secondary">{t('reporting.legend')}</Typography.Paragraph>
            <Table rowKey="cellId" size="small" columns={heatColumns} dataSource={dashboard.data.cells} scroll={{ x: 'max-content' }} pagination={{ pageSize: 50 }} />
          </Card>
        </>
      )}
      <Card title={t('reporting.unexcusedTitle')} extra={<ExportButtons unitId={unitId} table="unexcused" year={year} />} data-testid="reporting-unexcused">
        {unexcused.error && <ProblemAlert error={unexcused.error} />}
        <Table rowKey="memberId" size="small" scroll={{ x: 'max-content' }} columns={unexcusedColumns} dataSource={unexcused.data ?? []} loading={unexcused.isLoading} />
        <Typography.Paragraph type="secondary">{t('reporting.neverAutomatic')}</Typography.Paragraph>
      </Card>
      <Card title={t('reporting.evaluationTitle')}>
        <Space wrap>
          <span>{t('reporting.evaluationMembers')}</span>
          <ExportButtons unitId={unitId} table="evaluation-members" year={year} />
          <span>{t('reporting.evaluationCells')}</span>
          <ExportButtons unitId={unitId} table="evaluation-cells" year={year} />
        </Space>
      </Card>
      <Drawer open={!!cell} width="min(900px, 100vw)" onClose={() => setCell(null)} title={cell?.name} destroyOnHidden>
        {cell && <CellMeetings cellId={cell.cellId} year={year} onMeeting={setMeetingId} />}
      </Drawer>
      <Drawer open={!!meetingId} width="min(700px, 100vw)" onClose={() => setMeetingId(null)} title={t('reporting.roll')} destroyOnHidden>
        {meetingId && <RollView meetingId={meetingId} onMember={setMemberId} />}
      </Drawer>
      <Drawer open={!!memberId} width="min(700px, 100vw)" onClose={() => setMemberId(null)} title={t('reporting.memberYear')} destroyOnHidden>
        {memberId && <MemberYearView unitId={unitId} memberId={memberId} year={year} />}
      </Drawer>
    </div>
  );
}

function CellMeetings({ cellId, year, onMeeting }: { cellId: string; year: number; onMeeting: (id: string) => void }) {
  const { t } = useTranslation();
  const meetings = useCellMeetings(cellId, year);
  const columns: TableColumnsType<MeetingRow> = [
    { title: t('reporting.date'), key: 'date', render: (_, m) => new Date(m.startsAt).toLocaleDateString('vi-VN') },
    {
      title: t('reporting.meeting'),
      key: 'title',
      render: (_, m) => (
        <Typography.Link onClick={() => onMeeting(m.meetingId)} data-testid={`meeting-${m.meetingId}`}>
          {m.title}
        </Typography.Link>
      ),
    },
    { title: t('reporting.mode'), dataIndex: 'mode', key: 'mode' },
    {
      title: t('reporting.duration'),
      key: 'duration',
      render: (_, m) => <span style={{ color: m.shortMeeting ? '#cf1322' : undefined }}>{m.heldMinutes ?? '–'} / {m.requiredMinutes}</span>,
    },
    { title: t('reporting.rate'), key: 'rate', render: (_, m) => (m.ratePercent === null ? '–' : `${m.ratePercent}%`) },
    { title: t('reporting.minutes'), key: 'minutes', render: (_, m) => (m.minutesOnTime === null ? '–' : m.minutesOnTime ? t('reporting.onTime') : t('reporting.late')) },
  ];
  return (
    <>
      <ExportButtons unitId={cellId} table="meetings" year={year} />
      {meetings.error && <ProblemAlert error={meetings.error} />}
      <Table rowKey="meetingId" size="small" scroll={{ x: 'max-content' }} columns={columns} dataSource={meetings.data ?? []} loading={meetings.isLoading} />
    </>
  );
}

function RollView({ meetingId, onMember }: { meetingId: string; onMember: (id: string) => void }) {
  const { t } = useTranslation();
  const roll = useMeetingRoll(meetingId);
  if (roll.error) return <ProblemAlert error={roll.error} />;
  return (
    <Table
      rowKey="memberId"
      size="small"
      scroll={{ x: 'max-content' }}
      loading={roll.isLoading}
      dataSource={roll.data?.lines ?? []}
      columns={[
        { title: t('reporting.member'), key: 'name', render: (_, l) => <Typography.Link onClick={() => onMember(l.memberId)}>{l.fullName}</Typography.Link> },
        { title: t('reporting.status'), key: 'status', render: (_, l) => (l.status ? t(`reporting.statuses.${l.status}`) : '–') },
        { title: '', key: 'guest', render: (_, l) => (l.guest ? <Tag>{t('reporting.guest')}</Tag> : null) },
      ]}
    />
  );
}

function MemberYearView({ unitId, memberId, year }: { unitId: string; memberId: string; year: number }) {
  const { t } = useTranslation();
  const member = useMemberYear(unitId, memberId, year);
  if (member.error) return <ProblemAlert error={member.error} />;
  if (!member.data) return null;
  return (
    <div className="review-dashboard" data-testid="member-year">
      <Typography.Title level={5}>{member.data.fullName}</Typography.Title>
      <Space wrap>
        <span data-testid="member-unexcused-months">{t('reporting.unexcusedCount', { count: member.data.unexcusedMonths })}</span>
        {member.data.level === 'REMOVAL_PROCEDURE' && <Tag color="red">{t('reporting.removalProcedure')}</Tag>}
        {member.data.level === 'WARN' && <Tag color="orange">{t('reporting.warn')}</Tag>}
      </Space>
      <ExportButtons unitId={unitId} table="member" year={year} extra={{ member: memberId }} />
      <Table
        rowKey="meetingId"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={member.data.meetings}
        columns={[
          { title: t('reporting.date'), key: 'date', render: (_, m) => new Date(m.startsAt).toLocaleDateString('vi-VN') },
          { title: t('reporting.meeting'), dataIndex: 'title', key: 'title' },
          { title: t('reporting.cell'), dataIndex: 'cellName', key: 'cell' },
          { title: t('reporting.status'), key: 'status', render: (_, m) => (m.status ? t(`reporting.statuses.${m.status}`) : '–') },
        ]}
      />
    </div>
  );
}
