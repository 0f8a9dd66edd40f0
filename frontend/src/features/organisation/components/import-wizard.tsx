import { CheckCircleOutlined, InboxOutlined, ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Input, Result, Row, Select, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { previewImport, useCommitImport } from '../api/members';
import type { ImportPreview, ImportResult } from '../types';

import { UnitSelect } from './pickers';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 10 * 1024 * 1024;

type ImportError = ImportPreview['errors'][number];

function ErrorReport({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  const [column, setColumn] = useState<string>();
  const [text, setText] = useState('');
  const columns = useMemo(() => [...new Set(errors.map((error) => error.column))].sort(), [errors]);
  const shown = errors.filter(
    (error) =>
      (!column || error.column === column) &&
      (!text || `${error.row} ${error.message}`.toLowerCase().includes(text.toLowerCase())),
  );
  return (
    <section aria-labelledby="import-errors-heading" className="import-errors">
      <Typography.Title level={3} id="import-errors-heading" className="section-title">
        {t('organisation.import.errorsHeading', { count: errors.length })}
      </Typography.Title>
      <Space wrap className="import-errors__filters">
        <Select
          allowClear
          value={column}
          onChange={setColumn}
          placeholder={t('organisation.import.allColumns')}
          aria-label={t('organisation.import.filterColumn')}
          options={columns.map((value) => ({ value, label: value }))}
          style={{ minWidth: 180 }}
          data-testid="import-errors-column"
        />
        <Input
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('organisation.import.filterText')}
          aria-label={t('organisation.import.filterText')}
          style={{ minWidth: 200 }}
        />
      </Space>
      <div className="table-scroll">
        <Table<ImportError>
          size="small"
          rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="import-errors"
          onRow={() => ({ 'data-testid': 'import-error-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('organisation.import.row'), dataIndex: 'row', width: 80, sorter: (a, b) => a.row - b.row, defaultSortOrder: 'ascend' },
            { title: t('organisation.import.column'), dataIndex: 'column', width: 160, render: (value: string) => <code>{value}</code> },
            { title: t('organisation.import.message'), dataIndex: 'message' },
          ]}
        />
      </div>
    </section>
  );
}

/** Choose a unit, upload a file, read the server's report, commit only a valid file. */
export function ImportWizard({ membersLink }: { membersLink: (unitId: string) => string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [unitId, setUnitId] = useState<string | undefined>(params.get('unitId') ?? undefined);
  const [preview, setPreview] = useState<ImportPreview>();
  const [result, setResult] = useState<ImportResult>();
  const [localError, setLocalError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const upload = useMutation({
    mutationFn: ({ unit, file }: { unit: string; file: File }) => previewImport(unit, file),
    onSuccess: setPreview,
  });
  const commit = useCommitImport();

  const step = result ? 2 : preview ? 1 : 0;
  useEffect(() => {
    if (step > 0) headingRef.current?.focus();
  }, [step]);

  const restart = () => {
    setPreview(undefined);
    setResult(undefined);
    setLocalError(undefined);
    upload.reset();
    commit.reset();
  };

  return (
    <div className="import-wizard" data-testid="import-wizard">
      <Steps
        current={step}
        size="small"
        responsive={false}
        className="import-wizard__steps"
        items={[
          { title: t('organisation.import.stepUpload') },
          { title: t('organisation.import.stepPreview') },
          { title: t('organisation.import.stepDone') },
        ]}
      />

      {step === 0 && (
        <Card>
          <div className="filter-field filter-field--wide">
            <label htmlFor="import-unit">{t('organisation.import.target')}</label>
            <UnitSelect id="import-unit" value={unitId} onChange={setUnitId} testId="import-unit" allowClear={false} />
          </div>
          <Typography.Paragraph className="import-wizard__columns">
            {t('organisation.import.columnsHint')}{' '}
            <code>card_number, full_name, date_of_birth, admission_date, official_date, status, cell_code, group_code</code>
          </Typography.Paragraph>
          <div aria-live="assertive">
            {localError && <Alert type="error" showIcon message={localError} role="alert" data-testid="import-upload-error" />}
            <ProblemAlert error={upload.error} testId="import-upload-error" />
          </div>
          <div data-testid="import-upload">
            <Upload.Dragger
              accept={ACCEPT}
              multiple={false}
              showUploadList={false}
              disabled={!unitId || upload.isPending}
              beforeUpload={(file) => {
                setLocalError(undefined);
                if (!/\.(csv|xlsx)$/i.test(file.name)) setLocalError(t('organisation.import.wrongType'));
                else if (file.size > MAX_BYTES) setLocalError(t('organisation.import.tooLarge'));
                else if (unitId) upload.mutate({ unit: unitId, file });
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {upload.isPending ? t('organisation.import.checking') : t('organisation.import.drop')}
              </p>
              <p className="ant-upload-hint">{unitId ? t('organisation.import.dropHint') : t('organisation.import.pickUnitFirst')}</p>
            </Upload.Dragger>
          </div>
        </Card>
      )}

      {step === 1 && preview && (
        <Card data-testid="import-preview">
          <Typography.Title level={2} className="section-title" tabIndex={-1} ref={headingRef}>
            {t('organisation.import.previewTitle', { file: preview.fileName })}
          </Typography.Title>
          <Row gutter={[12, 12]} className="import-summary" data-testid="import-summary">
            <Col xs={12} sm={6}>
              <Statistic title={t('organisation.import.rows')} value={preview.rows} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('organisation.import.create')} value={preview.summary.create} valueStyle={{ color: '#237804' }} />
              <span className="sr-only" data-testid="import-count-create">{preview.summary.create}</span>
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('organisation.import.update')} value={preview.summary.update} valueStyle={{ color: '#0958d9' }} />
              <span className="sr-only" data-testid="import-count-update">{preview.summary.update}</span>
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('organisation.import.unchanged')} value={preview.summary.unchanged} />
              <span className="sr-only" data-testid="import-count-unchanged">{preview.summary.unchanged}</span>
            </Col>
          </Row>
          <div aria-live="polite">
            {preview.valid ? (
              <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t('organisation.import.valid')} data-testid="import-valid" />
            ) : (
              <Alert type="error" showIcon icon={<WarningOutlined />} message={t('organisation.import.invalid', { count: preview.errors.length })} data-testid="import-invalid" />
            )}
          </div>
          {preview.errors.length > 0 && <ErrorReport errors={preview.errors} />}
          <ProblemAlert error={commit.error} testId="import-commit-error" />
          <Space wrap className="import-wizard__actions">
            <Button icon={<ReloadOutlined />} onClick={restart} data-testid="import-restart">
              {t('organisation.import.another')}
            </Button>
            <Button
              type="primary"
              disabled={!preview.valid}
              loading={commit.isPending}
              onClick={() => commit.mutate(preview.id, { onSuccess: setResult })}
              data-testid="import-commit"
            >
              {t('organisation.import.commit')}
            </Button>
          </Space>
        </Card>
      )}

      {step === 2 && result && (
        <Card>
          <Result
            status="success"
            title={
              <h2 className="result-title" tabIndex={-1} ref={headingRef}>
                {t('organisation.import.doneTitle')}
              </h2>
            }
            subTitle={
              <span data-testid="import-result">
                {t('organisation.import.doneSummary', result)}
              </span>
            }
            extra={[
              unitId && (
                <Link key="members" to={membersLink(unitId)} data-testid="import-to-members">
                  <Button type="primary" tabIndex={-1}>{t('organisation.import.toMembers')}</Button>
                </Link>
              ),
              <Button key="again" onClick={restart}>
                {t('organisation.import.another')}
              </Button>,
            ]}
          />
        </Card>
      )}
    </div>
  );
}
