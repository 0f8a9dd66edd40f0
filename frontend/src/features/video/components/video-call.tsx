import { ReloadOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useVideoSettings, type VideoProblem } from '../api/video';
import { useJitsiCall } from '../hooks/use-jitsi-call';

export type VideoCallProps = {
  meetingId: string;
  /** The meeting is open or in progress: only then does the server hand out a token. */
  open: boolean;
  /** The name Jitsi shows for this member (the server's token carries the authoritative one). */
  displayName?: string;
  /** How long to wait for Jitsi's `external_api.js`. */
  scriptTimeoutMs?: number;
};

/** Says plainly why there is no call; the rest of the page works regardless. */
function VideoUnavailable({ problem, onRetry }: { problem: VideoProblem; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={problem.reason === 'unreachable' || problem.reason === 'refused' ? 'warning' : 'info'}
      showIcon
      icon={<VideoCameraOutlined />}
      className="video-call__notice"
      data-testid="video-unavailable"
      data-reason={problem.reason}
      role="status"
      message={t(`video.unavailable.${problem.reason}`)}
      description={
        // The retry button sits under the text: beside it, it would squeeze the text on a phone.
        <Flex vertical gap={8} align="flex-start">
          {problem.detail && <div>{problem.detail}</div>}
          <div>{t('video.unavailable.pageWorks')}</div>
          {onRetry && (
            <Button size="small" icon={<ReloadOutlined />} onClick={onRetry} data-testid="video-retry">
              {t('video.retry')}
            </Button>
          )}
        </Flex>
      }
    />
  );
}

/** The live call of an open meeting, embedded with Jitsi's IFrame API. */
function ActiveCall({ meetingId, displayName, scriptTimeoutMs }: Omit<VideoCallProps, 'open'>) {
  const { t, i18n } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const { status, recreate } = useJitsiCall({
    meetingId,
    container: frame,
    displayName,
    lang: i18n.language?.startsWith('en') ? 'en' : 'vi',
    scriptTimeoutMs,
  });
  const showFrame = status.kind === 'connecting' || status.kind === 'joined';

  return (
    <div className="video-call" data-testid="video-call" data-state={status.kind}>
      {status.kind === 'unavailable' && <VideoUnavailable problem={status.problem} onRetry={recreate} />}
      {status.kind === 'connecting' && (
        <Flex gap={8} align="center" data-testid="video-connecting">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('video.connecting')}</Typography.Text>
        </Flex>
      )}
      {status.kind === 'joined' && (
        <Tag color="green" data-testid="video-joined">
          {t('video.joined')}
        </Tag>
      )}
      {status.kind === 'left' && (
        <Flex wrap gap={8} align="center" data-testid="video-left">
          <Typography.Text type="secondary">{t('video.left')}</Typography.Text>
          <Button size="small" type="primary" icon={<VideoCameraOutlined />} onClick={recreate} data-testid="video-rejoin">
            {t('video.rejoin')}
          </Button>
        </Flex>
      )}
      <div ref={frame} className="video-call__frame" hidden={!showFrame} data-testid="video-frame" />
    </div>
  );
}

/**
 * The meeting's video call, or a plain notice why there is none: Jitsi is not configured, does not
 * answer, the meeting is not open, or the server refused this member.
 */
export function VideoCall({ meetingId, open, displayName, scriptTimeoutMs }: VideoCallProps) {
  const settings = useVideoSettings();

  if (settings.isPending) return <Spin size="small" data-testid="video-loading" />;
  if (settings.error) return <VideoUnavailable problem={{ reason: 'unreachable' }} onRetry={() => void settings.refetch()} />;
  if (!settings.data.enabled) return <VideoUnavailable problem={{ reason: 'not-configured' }} onRetry={() => void settings.refetch()} />;
  if (!open) return <VideoUnavailable problem={{ reason: 'not-open' }} />;
  return <ActiveCall key={meetingId} meetingId={meetingId} displayName={displayName} scriptTimeoutMs={scriptTimeoutMs} />;
}
