import { EditOutlined, FlagOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Modal, Row, Select, Skeleton, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '@/components/page-title';
import { ProblemAlert } from '@/components/problem-alert';
import { useProblemMessage } from '@/hooks/use-problem-message';
import { fieldErrors, isApiError } from '@/lib/api-client';
import { formatDate, isoDate } from '@/lib/format';

import { useAddFlag, useEndFlag, useMember, useMoveMember, useUpdateMember } from '../api/members';
import { useUnits } from '../api/units';
import { isActive } from '../flags';
import { permissionsOn } from '../permissions';
import { FLAG_KINDS, type FlagKind, type Grant, type Member, type MemberStatus } from '../types';

import { FlagTags, StatusTag } from './member-bits';
import { UnitSelect } from './pickers';

type Dialog = 'edit' | 'flag' | 'move' | undefined;

export function MemberDetail({ memberId, grants }: { memberId: string; grants: readonly Grant[] }) {
  const { t } = useTranslation();
  const member = useMember(memberId);
  const units = useUnits();
  const [dialog, setDialog] = useState<Dialog>();
  const { modal, message } = App.useApp();
  const describe = useProblemMessage();
  const endFlag = useEndFlag();

  if (member.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (member.error)
    return (
      <>
        <PageTitle>{t('organisation.members.detailTitle')}</PageTitle>
        <ProblemAlert error={member.error} />
      </>
    );
  const m = member.data;
  const cell = units.data?.find((unit) => unit.id === m.cellId);
  const can = permissionsOn(grants, cell ?? { id: m.cellId, path: [] });

  const ending = (flagId: string, label: string) =>
    modal.confirm({
      title: t('organisation.members.endFlag'),
      content: t('organisation.members.endFlagConfirm', { flag: label }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        endFlag
          .mutateAsync({ id: m.id, flagId })
          .then(() => void message.success(t('common.saved')))
          .catch((error) => void message.error(describe(error))),
    });

  return (
    <div className="member-detail" data-testid="member-detail">
      <PageTitle
        testId="member-name"
        extra={
          can.changeMembers && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="member-edit">
                {t('common.edit')}
              </Button>
              <Button icon={<FlagOutlined />} onClick={() => setDialog('flag')} data-testid="member-add-flag">
                {t('organisation.members.addFlag')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="member-move">
                {t('organisation.members.move')}
              </Button>
            </Space>
          )
        }
      >
        {m.fullName}
      </PageTitle>
      <Space wrap className="member-detail__tags">
        <StatusTag status={m.status} />
        <FlagTags flags={m.flags} />
      </Space>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={<h2 className="card-title">{t('organisation.members.identity')}</h2>}>
            <Descriptions
              column={{ xs: 1, sm: 2 }}
              size="small"
              items={[
                { key: 'card', label: t('organisation.fields.cardNumber'), children: m.cardNumber },
                { key: 'dob', label: t('organisation.fields.dateOfBirth'), children: formatDate(m.dateOfBirth) || '—' },
                { key: 'admission', label: t('organisation.fields.admissionDate'), children: formatDate(m.admissionDate) || '—' },
                { key: 'official', label: t('organisation.fields.officialDate'), children: formatDate(m.officialDate) || '—' },
                { key: 'cell', label: t('organisation.fields.cell'), children: m.cellName },
                { key: 'group', label: t('organisation.fields.group'), children: m.groupName ?? '—' },
              ]}
            />
          </Card>
          <Card title={<h2 className="card-title">{t('organisation.members.flagsHeading')}</h2>} className="stack-card">
            {m.flags.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organisation.members.noFlags')} />
            ) : (
              <ul className="plain-list flag-list" data-testid="member-flags">
                {m.flags.map((flag) => (
                  <li key={flag.id} className="flag-list__item">
                    <div>
                      <FlagTags flags={[flag]} all />
                      {flag.otherUnitName && <div className="muted">{flag.otherUnitName}</div>}
                      {flag.note && <div className="muted">{flag.note}</div>}
                    </div>
                    {can.changeMembers && isActive(flag) && (
                      <Button size="small" onClick={() => ending(flag.id, t(`organisation.flags.${flag.kind}`))}>
                        {t('organisation.members.endFlag')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 className="card-title">{t('organisation.members.memberships')}</h2>}>
            {m.memberships?.length ? (
              <Timeline
                data-testid="member-memberships"
                items={[...m.memberships].reverse().map((item) => ({
                  color: item.to ? 'gray' : 'red',
                  children: (
                    <div>
                      <strong>{item.cellName}</strong>
                      {item.groupName && <div>{item.groupName}</div>}
                      <div className="muted">
                        {formatDate(item.from)} – {item.to ? formatDate(item.to) : t('organisation.ongoing')}
                      </div>
                    </div>
                  ),
                }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>

      {dialog === 'edit' && <EditMemberModal member={m} onClose={() => setDialog(undefined)} />}
      {dialog === 'flag' && <AddFlagModal member={m} onClose={() => setDialog(undefined)} />}
      {dialog === 'move' && <MoveMemberModal member={m} onClose={() => setDialog(undefined)} />}
    </div>
  );
}

type EditValues = {
  fullName: string;
  cardNumber: string;
  dateOfBirth?: Dayjs;
  admissionDate?: Dayjs;
  officialDate?: Dayjs;
  status: MemberStatus;
};

const asDay = (value: string | null) => (value ? dayjs(value) : undefined);

function EditMemberModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateMember();
  const stale = isApiError(update.error) && update.error.status === 409;
  return (
    <Modal
      open
      title={t('organisation.members.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        initialValues={{
          fullName: member.fullName,
          cardNumber: member.cardNumber,
          dateOfBirth: asDay(member.dateOfBirth),
          admissionDate: asDay(member.admissionDate),
          officialDate: asDay(member.officialDate),
          status: member.status,
        }}
        onFinish={(values) => {
          // Only what changed is sent, with the version it was read at.
          const next = {
            fullName: values.fullName.trim(),
            cardNumber: values.cardNumber.trim(),
            dateOfBirth: isoDate(values.dateOfBirth) ?? null,
            admissionDate: isoDate(values.admissionDate) ?? null,
            officialDate: isoDate(values.officialDate) ?? null,
            status: values.status,
          };
          const changes = Object.fromEntries(
            Object.entries(next).filter(([key, value]) => member[key as keyof typeof next] !== value),
          );
          if (!Object.keys(changes).length) return onClose();
          update.mutate(
            { id: member.id, version: member.version, changes },
            {
              onSuccess: onClose,
              onError: (error) =>
                form.setFields(Object.entries(fieldErrors(error)).map(([name, message]) => ({ name: name as keyof EditValues, errors: [message] }))),
            },
          );
        }}
      >
        <ProblemAlert error={update.error} message={stale ? t('problems.concurrent-change') : undefined} />
        <Form.Item name="fullName" label={t('organisation.fields.fullName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="cardNumber" label={t('organisation.fields.cardNumber')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="status" label={t('organisation.fields.status')} rules={[{ required: true }]}>
          <Select options={(['OFFICIAL', 'PROBATIONARY'] as const).map((value) => ({ value, label: t(`organisation.status.${value}`) }))} />
        </Form.Item>
        <Form.Item name="dateOfBirth" label={t('organisation.fields.dateOfBirth')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="admissionDate" label={t('organisation.fields.admissionDate')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="officialDate"
          label={t('organisation.fields.officialDate')}
          dependencies={['admissionDate']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const admitted = getFieldValue('admissionDate') as Dayjs | undefined;
                return value && admitted && value.isBefore(admitted)
                  ? Promise.reject(new Error(t('organisation.validation.officialBeforeAdmission')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AddFlagModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const add = useAddFlag();
  const kind = Form.useWatch<FlagKind | undefined>('kind', form);
  const transfer = kind === 'TRANSFERRED_OUT' || kind === 'TRANSFERRED_IN';
  return (
    <Modal
      open
      title={t('organisation.members.addFlag')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ from: dayjs() }}
        onFinish={(values: { kind: FlagKind; from: Dayjs; to?: Dayjs; otherUnitId?: string; note?: string }) =>
          add.mutate(
            { id: member.id, kind: values.kind, from: isoDate(values.from)!, to: isoDate(values.to), otherUnitId: values.otherUnitId, note: values.note?.trim() || undefined },
            { onSuccess: onClose },
          )
        }
      >
        <ProblemAlert error={add.error} />
        <Form.Item name="kind" label={t('organisation.fields.flag')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={FLAG_KINDS.map((value) => ({ value, label: t(`organisation.flags.${value}`) }))} />
        </Form.Item>
        <Space.Compact block className="date-range">
          <Form.Item name="from" label={t('organisation.fields.from')} rules={[{ required: true, message: t('common.required') }]} style={{ flex: 1 }}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="to"
            label={t('organisation.fields.to')}
            dependencies={['from']}
            style={{ flex: 1 }}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) =>
                  value && value.isBefore(getFieldValue('from') as Dayjs)
                    ? Promise.reject(new Error(t('organisation.validation.endBeforeStart')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        {transfer && (
          <Form.Item name="otherUnitId" label={t('organisation.fields.otherUnit')}>
            <UnitSelect />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('organisation.fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MoveMemberModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const move = useMoveMember();
  const units = useUnits();
  const cellId = Form.useWatch<string | undefined>('cellId', form);
  const groups = (units.data ?? []).filter((unit) => unit.parentId === cellId && unit.kind === 'PARTY_GROUP' && !unit.dissolvedAt);
  return (
    <Modal
      open
      title={t('organisation.members.moveTitle', { name: member.fullName })}
      okText={t('organisation.members.move')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ cellId: member.cellId, groupId: member.groupId ?? undefined, date: dayjs() }}
        onFinish={(values: { cellId: string; groupId?: string; date: Dayjs }) =>
          move.mutate({ id: member.id, cellId: values.cellId, groupId: values.groupId ?? null, date: isoDate(values.date)! }, { onSuccess: onClose })
        }
      >
        <Typography.Paragraph type="secondary">{t('organisation.members.moveHint')}</Typography.Paragraph>
        <ProblemAlert error={move.error} />
        <Form.Item name="cellId" label={t('organisation.fields.cell')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect kinds={['CELL']} allowClear={false} onChange={() => form.setFieldValue('groupId', undefined)} />
        </Form.Item>
        <Form.Item name="groupId" label={t('organisation.fields.group')}>
          <Select allowClear disabled={!groups.length} options={groups.map((group) => ({ value: group.id, label: group.name }))} />
        </Form.Item>
        <Form.Item name="date" label={t('organisation.fields.from')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
