import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { fieldErrors } from '@/lib/api-client';
import { isoDate, today } from '@/lib/format';

import { useCreateUnit, useDissolveUnit, useMoveUnit, useRenameUnit, useSetLeaders, useUnitMembersOn } from '../api/units';
import { CHILD_KINDS, PARENT_KINDS } from '../hierarchy';
import type { Unit, UnitKind } from '../types';

import { UnitSelect } from './pickers';

export type UnitAction = 'add-child' | 'rename' | 'move' | 'dissolve' | 'leaders';

type Props = { unit: Unit; action: UnitAction | undefined; onClose: (changed?: Unit) => void };

function useServerErrors(form: ReturnType<typeof Form.useForm>[0]) {
  return (error: unknown) => {
    const errors = fieldErrors(error);
    form.setFields(Object.entries(errors).map(([name, message]) => ({ name, errors: [message] })));
  };
}

const dateRules = (message: string) => [{ required: true, message }];

export function UnitActionModal({ unit, action, onClose }: Props) {
  if (!action) return null;
  switch (action) {
    case 'add-child':
      return <AddChildModal unit={unit} onClose={onClose} />;
    case 'rename':
      return <RenameModal unit={unit} onClose={onClose} />;
    case 'move':
      return <MoveModal unit={unit} onClose={onClose} />;
    case 'dissolve':
      return <DissolveModal unit={unit} onClose={onClose} />;
    case 'leaders':
      return <LeadersModal unit={unit} onClose={onClose} />;
  }
}

type ModalProps = { unit: Unit; onClose: (changed?: Unit) => void };

function AddChildModal({ unit, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useCreateUnit();
  const onServerError = useServerErrors(form);
  const kinds = CHILD_KINDS[unit.kind];
  return (
    <Modal
      open
      title={t('organisation.actions.addChildTo', { name: unit.name })}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ 'data-testid': 'unit-modal-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: kinds[0], validFrom: dayjs() }}
        onFinish={(values: { kind: UnitKind; code: string; name: string; validFrom: Dayjs }) =>
          create.mutate(
            { kind: values.kind, code: values.code.trim(), name: values.name.trim(), parentId: unit.id, validFrom: isoDate(values.validFrom)! },
            { onSuccess: onClose, onError: onServerError },
          )
        }
      >
        <ProblemAlert error={create.error} />
        <Form.Item name="kind" label={t('organisation.fields.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((kind) => ({ value: kind, label: t(`organisation.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('organisation.fields.code')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { pattern: /^[A-Za-z0-9._-]{1,40}$/, message: t('organisation.validation.code') },
          ]}
        >
          <Input data-testid="unit-code-input" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('organisation.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
        >
          <Input data-testid="unit-name-input" />
        </Form.Item>
        <Form.Item name="validFrom" label={t('organisation.fields.validFrom')} rules={dateRules(t('common.required'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RenameModal({ unit, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const rename = useRenameUnit();
  const onServerError = useServerErrors(form);
  return (
    <Modal
      open
      title={t('organisation.actions.rename')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={rename.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ 'data-testid': 'unit-modal-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name, validFrom: dayjs() }}
        onFinish={(values: { name: string; validFrom: Dayjs }) =>
          rename.mutate(
            { id: unit.id, name: values.name.trim(), validFrom: isoDate(values.validFrom)! },
            { onSuccess: onClose, onError: onServerError },
          )
        }
      >
        <ProblemAlert error={rename.error} />
        <Form.Item
          name="name"
          label={t('organisation.fields.newName')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            {
              validator: (_, value: string) =>
                value?.trim() === unit.name ? Promise.reject(new Error(t('organisation.validation.sameName'))) : Promise.resolve(),
            },
          ]}
        >
          <Input data-testid="unit-name-input" />
        </Form.Item>
        <Form.Item name="validFrom" label={t('organisation.fields.validFrom')} rules={dateRules(t('common.required'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MoveModal({ unit, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const move = useMoveUnit();
  const onServerError = useServerErrors(form);
  return (
    <Modal
      open
      title={t('organisation.actions.moveNamed', { name: unit.name })}
      okText={t('organisation.actions.move')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ 'data-testid': 'unit-modal-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: dayjs() }}
        onFinish={(values: { parentId: string; validFrom: Dayjs }) =>
          move.mutate(
            { id: unit.id, parentId: values.parentId, validFrom: isoDate(values.validFrom)! },
            { onSuccess: onClose, onError: onServerError },
          )
        }
      >
        <ProblemAlert error={move.error} />
        <Form.Item
          name="parentId"
          label={t('organisation.fields.newParent')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, value: string) =>
                value === unit.parentId ? Promise.reject(new Error(t('organisation.validation.sameParent'))) : Promise.resolve(),
            },
          ]}
        >
          <UnitSelect
            kinds={PARENT_KINDS[unit.kind]}
            // A unit cannot move below itself or its own descendants.
            exclude={(candidate) => candidate.id === unit.id || candidate.path.includes(unit.id)}
          />
        </Form.Item>
        <Form.Item name="validFrom" label={t('organisation.fields.validFrom')} rules={dateRules(t('common.required'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DissolveModal({ unit, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const dissolve = useDissolveUnit();
  const onServerError = useServerErrors(form);
  return (
    <Modal
      open
      title={t('organisation.actions.dissolveNamed', { name: unit.name })}
      okText={t('organisation.actions.dissolve')}
      okButtonProps={{ danger: true, 'data-testid': 'unit-modal-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={dissolve.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs() }}
        onFinish={(values: { date: Dayjs; reason: string }) =>
          dissolve.mutate(
            { id: unit.id, date: isoDate(values.date)!, reason: values.reason.trim() },
            { onSuccess: onClose, onError: onServerError },
          )
        }
      >
        <p>{t('organisation.actions.dissolveHint')}</p>
        <ProblemAlert error={dissolve.error} />
        <Form.Item name="date" label={t('organisation.fields.dissolvedAt')} rules={dateRules(t('common.required'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('organisation.fields.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LeadersModal({ unit, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const setLeaders = useSetLeaders();
  const onServerError = useServerErrors(form);
  // A group's leaders come from its own members.
  const members = useUnitMembersOn(unit.id, today());
  const options = (members.data ?? []).map((member) => ({ value: member.id, label: `${member.fullName} · ${member.cardNumber}` }));
  return (
    <Modal
      open
      title={t('organisation.actions.leadersOf', { name: unit.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setLeaders.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ 'data-testid': 'unit-modal-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ leaderMemberId: unit.leaderMemberId ?? undefined, deputyMemberId: unit.deputyMemberId ?? undefined }}
        onFinish={(values: { leaderMemberId: string; deputyMemberId?: string }) =>
          setLeaders.mutate(
            { id: unit.id, leaderMemberId: values.leaderMemberId, deputyMemberId: values.deputyMemberId ?? null },
            { onSuccess: onClose, onError: onServerError },
          )
        }
      >
        <ProblemAlert error={setLeaders.error ?? members.error} />
        <Form.Item name="leaderMemberId" label={t('organisation.fields.leader')} rules={[{ required: true, message: t('common.required') }]}>
          <Select showSearch optionFilterProp="label" options={options} loading={members.isPending} />
        </Form.Item>
        <Form.Item
          name="deputyMemberId"
          label={t('organisation.fields.deputy')}
          dependencies={['leaderMemberId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value === getFieldValue('leaderMemberId')
                  ? Promise.reject(new Error(t('organisation.validation.deputyIsLeader')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select showSearch allowClear optionFilterProp="label" options={options} loading={members.isPending} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
