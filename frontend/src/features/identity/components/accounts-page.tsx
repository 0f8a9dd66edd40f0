import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Dropdown,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useProblemMessage } from '@/hooks/use-problem-message';
import { formatDateTime } from '@/lib/format';

import {
  useAccounts,
  useCreateAccount,
  useGrantRole,
  useResetPassword,
  useResetSecondFactor,
  useRevokeRole,
  useSetLoginEnabled,
  useUnlock,
} from '../api/accounts';
import { ROLE_NAMES, type Account, type RoleName } from '../types';

/** Pickers come from the organisation feature; the app hands them in (features don't import each other). */
export type PickerProps = { value?: string; onChange?: (value: string | undefined) => void; id?: string; testId?: string };
export type Picker = (props: PickerProps) => ReactNode;

function TemporaryPassword({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <div className="temporary-password">
      <p>{t('identity.accounts.temporaryPasswordLead')}</p>
      <Typography.Text code copyable={{ text: value }} className="temporary-password__value" data-testid="temporary-password">
        {value}
      </Typography.Text>
    </div>
  );
}

function StatusTags({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {account.loginEnabled ? (
        <Tag color="green">{t('identity.accounts.enabled')}</Tag>
      ) : (
        <Tag>{t('identity.accounts.disabled')}</Tag>
      )}
      {account.locked && <Tag color="red">{t('identity.accounts.locked')}</Tag>}
      {account.secondFactorEnrolled ? (
        <Tag color="blue">{t('identity.accounts.twoFactor')}</Tag>
      ) : (
        <Tag color="orange">{t('identity.accounts.noTwoFactor')}</Tag>
      )}
      {account.mustChangePassword && <Tag color="gold">{t('identity.accounts.mustChange')}</Tag>}
    </Space>
  );
}

export function AccountsPage({ memberPicker, unitPicker }: { memberPicker: Picker; unitPicker: Picker }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useProblemMessage();
  const [unitId, setUnitId] = useState<string>();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const accounts = useAccounts({ unitId, q, page, size });

  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<Account>();
  const [shownPassword, setShownPassword] = useState<{ username: string; password: string }>();

  const create = useCreateAccount();
  const setEnabled = useSetLoginEnabled();
  const resetPassword = useResetPassword();
  const resetSecondFactor = useResetSecondFactor();
  const unlock = useUnlock();
  const grant = useGrantRole();
  const revoke = useRevokeRole();

  const fail = (error: unknown) => void message.error(describe(error));
  const done = (text: string) => void message.success(text);

  const confirm = (title: string, content: string, action: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => action().catch(fail),
    });

  const actionsFor = (account: Account) => [
    {
      key: 'toggle',
      label: account.loginEnabled ? t('identity.accounts.disable') : t('identity.accounts.enable'),
      onClick: () =>
        setEnabled
          .mutateAsync({ id: account.id, loginEnabled: !account.loginEnabled })
          .then(() => done(t('common.saved')))
          .catch(fail),
    },
    {
      key: 'password',
      label: t('identity.accounts.resetPassword'),
      onClick: () =>
        confirm(t('identity.accounts.resetPassword'), t('identity.accounts.resetPasswordConfirm', { username: account.username }), () =>
          resetPassword
            .mutateAsync(account.id)
            .then((answer) => setShownPassword({ username: account.username, password: answer.temporaryPassword })),
        ),
    },
    {
      key: 'second-factor',
      label: t('identity.accounts.resetSecondFactor'),
      onClick: () =>
        confirm(
          t('identity.accounts.resetSecondFactor'),
          t('identity.accounts.resetSecondFactorConfirm', { username: account.username }),
          () => resetSecondFactor.mutateAsync(account.id).then(() => done(t('common.saved'))),
        ),
    },
    ...(account.locked
      ? [
          {
            key: 'unlock',
            label: t('identity.accounts.unlock'),
            onClick: () =>
              unlock
                .mutateAsync(account.id)
                .then(() => done(t('common.saved')))
                .catch(fail),
          },
        ]
      : []),
    { key: 'grant', label: t('identity.accounts.grantRole'), onClick: () => setGranting(account) },
  ];

  const columns: TableColumnsType<Account> = [
    {
      title: t('identity.accounts.username'),
      dataIndex: 'username',
      render: (username: string, account) => (
        <div>
          <strong>{username}</strong>
          <div className="muted">
            {account.memberName} · {account.cardNumber}
          </div>
        </div>
      ),
    },
    { title: t('identity.accounts.unit'), dataIndex: 'unitName', responsive: ['md'] },
    { title: t('identity.accounts.status'), key: 'status', render: (_, account) => <StatusTags account={account} /> },
    {
      title: t('identity.accounts.roles'),
      key: 'roles',
      render: (_, account) => (
        <Space size={[4, 4]} wrap>
          {account.roles.map((grant) => (
            <Tag
              key={`${grant.role}:${grant.orgUnitId}`}
              color="red"
              closable
              closeIcon={<span aria-label={t('identity.accounts.revokeRole', { role: t(`roles.${grant.role}`), unit: grant.orgUnitName })}>×</span>}
              onClose={(event) => {
                event.preventDefault();
                confirm(
                  t('identity.accounts.revoke'),
                  t('identity.accounts.revokeRole', { role: t(`roles.${grant.role}`), unit: grant.orgUnitName }),
                  () => revoke.mutateAsync({ id: account.id, role: grant.role, orgUnitId: grant.orgUnitId }),
                );
              }}
            >
              {t(`roles.${grant.role}`)} · {grant.orgUnitName}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('identity.accounts.lastLogin'),
      dataIndex: 'lastLoginAt',
      responsive: ['lg'],
      render: (value: string | null) => (value ? formatDateTime(value) : '—'),
    },
    {
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      width: 120,
      render: (_, account) => (
        <Dropdown menu={{ items: actionsFor(account) }} trigger={['click']}>
          <Button data-testid={`account-actions-${account.username}`} aria-label={t('identity.accounts.actionsFor', { username: account.username })}>
            {t('common.actions')}
          </Button>
        </Dropdown>
      ),
    },
  ];

  return (
    <div className="accounts-page">
      <Card className="filter-bar">
        <Space wrap size={[12, 12]} align="end" className="filter-bar__fields">
          <div className="filter-field">
            <label htmlFor="accounts-unit">{t('identity.accounts.unit')}</label>
            {unitPicker({
              id: 'accounts-unit',
              value: unitId,
              onChange: (value) => {
                setUnitId(value);
                setPage(1);
              },
              testId: 'accounts-filter-unit',
            })}
          </div>
          <div className="filter-field">
            <label htmlFor="accounts-search">{t('common.search')}</label>
            <Input
              id="accounts-search"
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              placeholder={t('identity.accounts.searchPlaceholder')}
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setPage(1);
              }}
              data-testid="accounts-search"
            />
          </div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
            {t('identity.accounts.create')}
          </Button>
        </Space>
      </Card>

      <ProblemAlert error={accounts.error} />
      <div className="table-scroll">
        <Table<Account>
          rowKey="id"
          columns={columns}
          dataSource={accounts.data?.items}
          loading={accounts.isFetching}
          data-testid="accounts-table"
          onRow={(account) => ({ 'data-testid': `account-row-${account.username}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: page,
            pageSize: size,
            total: accounts.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (next, nextSize) => {
              setPage(nextSize !== size ? 1 : next);
              setSize(nextSize);
            },
            showTotal: (total) => t('common.total', { count: total }),
          }}
        />
      </div>

      <CreateAccountModal
        open={creating}
        memberPicker={memberPicker}
        pending={create.isPending}
        error={create.error}
        onCancel={() => {
          setCreating(false);
          create.reset();
        }}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: (answer) => {
              setCreating(false);
              if (answer.temporaryPassword) setShownPassword({ username: answer.account.username, password: answer.temporaryPassword });
              else done(t('common.saved'));
            },
          })
        }
      />

      <GrantRoleModal
        account={granting}
        unitPicker={unitPicker}
        pending={grant.isPending}
        error={grant.error}
        onCancel={() => {
          setGranting(undefined);
          grant.reset();
        }}
        onSubmit={(values) =>
          granting &&
          grant.mutate(
            { id: granting.id, ...values },
            {
              onSuccess: () => {
                setGranting(undefined);
                done(t('common.saved'));
              },
            },
          )
        }
      />

      <Modal
        open={!!shownPassword}
        title={t('identity.accounts.temporaryPasswordTitle', { username: shownPassword?.username })}
        onCancel={() => setShownPassword(undefined)}
        footer={<Button type="primary" onClick={() => setShownPassword(undefined)} data-testid="temporary-password-done">{t('common.done')}</Button>}
      >
        {shownPassword && <TemporaryPassword value={shownPassword.password} />}
      </Modal>
    </div>
  );
}

type CreateValues = { memberId: string; username: string; loginEnabled: boolean };

function CreateAccountModal({
  open,
  memberPicker,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  memberPicker: Picker;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: CreateValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  return (
    <Modal
      open={open}
      title={t('identity.accounts.create')}
      okText={t('identity.accounts.createSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'account-create-submit' }}
    >
      <Form<CreateValues> form={form} layout="vertical" initialValues={{ loginEnabled: true }} onFinish={onSubmit} preserve={false}>
        <ProblemAlert error={error} />
        <Form.Item name="memberId" label={t('identity.accounts.member')} rules={[{ required: true, message: t('common.required') }]}>
          {memberPicker({ testId: 'account-member' })}
        </Form.Item>
        <Form.Item
          name="username"
          label={t('identity.accounts.username')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: /^[a-z0-9._-]{3,40}$/, message: t('identity.accounts.usernameFormat') },
          ]}
        >
          <Input autoCapitalize="none" spellCheck={false} data-testid="account-username" />
        </Form.Item>
        <Form.Item name="loginEnabled" label={t('identity.accounts.loginEnabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function GrantRoleModal({
  account,
  unitPicker,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  account?: Account;
  unitPicker: Picker;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: { role: RoleName; orgUnitId: string }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ role: RoleName; orgUnitId: string }>();
  return (
    <Modal
      open={!!account}
      title={t('identity.accounts.grantRoleTo', { username: account?.username })}
      okText={t('identity.accounts.grant')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onSubmit} preserve={false}>
        <ProblemAlert error={error} />
        <p className="muted">{t('identity.accounts.grantHint')}</p>
        <Form.Item name="role" label={t('identity.accounts.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={ROLE_NAMES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} data-testid="grant-role" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('identity.accounts.unit')} rules={[{ required: true, message: t('common.required') }]}>
          {unitPicker({ testId: 'grant-unit' })}
        </Form.Item>
      </Form>
    </Modal>
  );
}
