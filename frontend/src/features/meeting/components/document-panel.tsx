import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';

import { documentUrl, usePublishDocument, useUploadDocument, useWithdrawDocument } from '../api/agenda';
import { DOCUMENT_CLASSIFICATIONS, type AgendaItem, type DocumentClassification } from '../types';

export const UPLOAD_ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An agenda item's documents: download for everyone who sees them; upload, publish, withdraw for managers. */
export function DocumentPanel({ meetingId, item, manage }: { meetingId: string; item: AgendaItem; manage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [classification, setClassification] = useState<DocumentClassification>('INTERNAL');
  const upload = useUploadDocument(meetingId);
  const publish = usePublishDocument(meetingId);
  const withdraw = useWithdrawDocument(meetingId);
  const error = upload.error ?? publish.error ?? withdraw.error;

  return (
    <div className="document-panel" data-testid="document-panel">
      {item.documents.length > 0 && (
        <ul className="document-panel__list">
          {item.documents.map((doc) => (
            <li key={doc.id} data-testid="meeting-document" data-published={doc.publishedAt ? 'true' : 'false'}>
              <a href={documentUrl(meetingId, doc.id)} download={doc.fileName} data-testid="document-link" className="document-panel__link">
                <DownloadOutlined /> {doc.fileName}
              </a>
              <span className="document-panel__meta">
                {size(doc.size)} <Tag>{t(`meetings.classifications.${doc.classification}`)}</Tag>
                {doc.publishedAt ? (
                  <Tag color="green">{t('meetings.documents.published', { date: formatDateTime(doc.publishedAt) })}</Tag>
                ) : (
                  <Tag color="orange">{t('meetings.documents.unpublished')}</Tag>
                )}
              </span>
              {manage && (
                <Space size="small" wrap>
                  {!doc.publishedAt && (
                    <Button size="small" loading={publish.isPending && publish.variables === doc.id} onClick={() => publish.mutate(doc.id)} data-testid="document-publish">
                      {t('meetings.documents.publish')}
                    </Button>
                  )}
                  <Popconfirm title={t('meetings.documents.withdraw')} onConfirm={() => withdraw.mutate(doc.id)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger type="text" data-testid="document-withdraw">
                      {t('meetings.documents.withdraw')}
                    </Button>
                  </Popconfirm>
                </Space>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <div className="document-panel__upload">
          <Select<DocumentClassification>
            aria-label={t('meetings.documents.classification')}
            value={classification}
            onChange={setClassification}
            virtual={false}
            data-testid="document-classification"
            popupMatchSelectWidth={false}
            options={DOCUMENT_CLASSIFICATIONS.map((value) => ({
              value,
              label: t(`meetings.classifications.${value}`),
              'data-testid': `document-classification-${value}`,
            }))}
            style={{ minWidth: 140 }}
          />
          <span data-testid="document-upload">
          <Upload
            accept={UPLOAD_ACCEPT}
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutate(
                { itemId: item.id, file: file as File, classification },
                {
                  onSuccess: (result) => {
                    void message.success(t('meetings.documents.uploaded', { name: (file as File).name }));
                    onSuccess?.(result);
                  },
                  onError: (cause) => onError?.(cause as Error),
                },
              );
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="document-upload-button">
              {t('meetings.documents.upload')}
            </Button>
          </Upload>
          </span>
        </div>
      )}
      <div data-rule={(error as { rule?: string } | null)?.rule}>
        <ProblemAlert error={error} testId="document-error" />
      </div>
    </div>
  );
}
