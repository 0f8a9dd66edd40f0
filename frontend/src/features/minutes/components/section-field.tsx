import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useSectionDraft, type SaveStatus } from '../hooks/use-section-draft';
import type { Section } from '../types';

import { RichTextEditor } from './rich-text-editor';

/** Text the server sanitised with its allow-list (no script, no attribute): safe to render as is. */
export function StoredText({ html, testId }: { html: string; testId?: string }) {
  const { t } = useTranslation();
  if (!html) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('minutes.empty')}
      </Typography.Text>
    );
  }
  return <div className="minutes-text" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}

const ICONS: Record<SaveStatus, JSX.Element> = {
  saved: <CheckCircleOutlined />,
  dirty: <EditOutlined />,
  saving: <LoadingOutlined />,
  conflict: <ExclamationCircleOutlined />,
  error: <ExclamationCircleOutlined />,
};

export function SaveIndicator({ status, testId }: { status: SaveStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text
      type={status === 'conflict' || status === 'error' ? 'danger' : 'secondary'}
      className="minutes-save-status"
      data-testid={testId}
      data-status={status}
      aria-live="polite"
    >
      {ICONS[status]} {t(`minutes.save.${status}`)}
    </Typography.Text>
  );
}

type Props = {
  meetingId: string;
  sectionKey: string;
  label: string;
  editable: boolean;
  /** The stored text (the frozen content's once adopted). */
  html: string;
  section: Section | undefined;
  autosaveMillis: number;
};

function Editor({ meetingId, sectionKey, label, section, autosaveMillis }: Omit<Props, 'editable' | 'html'>) {
  const { t } = useTranslation();
  const draft = useSectionDraft(meetingId, sectionKey, section, autosaveMillis);
  return (
    <Flex vertical gap={4}>
      <RichTextEditor value={draft.html} onChange={draft.change} onBlur={draft.flush} label={label} testId={`minutes-editor-${sectionKey}`} />
      <SaveIndicator status={draft.status} testId={`minutes-save-${sectionKey}`} />
      {draft.status === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          message={t('minutes.conflict')}
          action={
            <Button size="small" onClick={draft.takeServer} data-testid={`minutes-take-server-${sectionKey}`}>
              {t('minutes.takeServer')}
            </Button>
          }
        />
      )}
    </Flex>
  );
}

/** A section of the minute-taker's: an editor for the editor, the stored text for everyone else. */
export function SectionField(props: Props) {
  return (
    <div className="minutes-section-field">
      <Typography.Text strong>{props.label}</Typography.Text>
      {props.editable ? <Editor {...props} /> : <StoredText html={props.html} testId={`minutes-text-${props.sectionKey}`} />}
    </div>
  );
}
