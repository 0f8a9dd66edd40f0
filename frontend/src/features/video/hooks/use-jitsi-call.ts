import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

import { loadExternalApi } from '../api/external-api';
import { fetchVideoToken, videoProblem, type VideoProblem } from '../api/video';
import type { JitsiMeetApi, JitsiMeetApiConstructor, VideoToken } from '../types';

export type CallStatus =
  | { kind: 'connecting' }
  | { kind: 'joined' }
  | { kind: 'left' }
  | { kind: 'unavailable'; problem: VideoProblem };

/** The call is re-created with a fresh token this long before the current one expires. */
export const TOKEN_REFRESH_LEAD_MS = 2 * 60_000;
const MIN_REFRESH_DELAY_MS = 30_000;
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** What Jitsi passes with `errorOccurred`. */
type JitsiError = { name?: string; type?: string; isFatal?: boolean };

const UNREACHABLE: CallStatus = { kind: 'unavailable', problem: { reason: 'unreachable' } };

function jitsiProblem(error: JitsiError): VideoProblem {
  const name = error.name ?? '';
  const refused = name.includes('authenticationRequired') || name.includes('passwordRequired') || name.includes('notAllowed');
  return { reason: refused ? 'refused' : 'unreachable' };
}

/** Jitsi's options for our meetings: no pre-join screen, microphones off, no app promotion, our names. */
export function jitsiOptions(token: VideoToken, parentNode: HTMLElement, displayName: string | undefined, lang: string) {
  return {
    roomName: token.roomName,
    jwt: token.jwt,
    parentNode,
    width: '100%',
    height: '100%',
    lang,
    userInfo: displayName ? { displayName } : {},
    configOverwrite: {
      prejoinConfig: { enabled: false },
      startWithAudioMuted: true,
      disableDeepLinking: true,
      readOnlyName: true,
      enableClosePage: false,
      disableInviteFunctions: true,
    },
    interfaceConfigOverwrite: { MOBILE_APP_PROMO: false },
  };
}

/**
 * One embedded Jitsi call in `container`: fetches a token, loads `external_api.js`, creates the call,
 * and disposes it when the component goes away. Every (re)creation — retry, rejoin, a token close to
 * expiry, the browser coming back online after Jitsi was unreachable — fetches a new token. Jitsi's
 * events drive only what this page shows; attendance comes from the server.
 */
export function useJitsiCall({
  meetingId,
  container,
  displayName,
  lang,
  scriptTimeoutMs,
}: {
  meetingId: string;
  container: RefObject<HTMLElement | null>;
  displayName?: string;
  lang: string;
  scriptTimeoutMs?: number;
}) {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<CallStatus>({ kind: 'connecting' });
  // Read when the call is created; a new name or language does not drop the call.
  const user = useRef({ displayName, lang });
  useEffect(() => {
    user.current = { displayName, lang };
  }, [displayName, lang]);

  const recreate = useCallback(() => {
    setStatus({ kind: 'connecting' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const parentNode = container.current;
    if (!parentNode) return;
    let gone = false;
    let call: JitsiMeetApi | undefined;
    let refresh: number | undefined;
    const hangUp = () => {
      window.clearTimeout(refresh);
      call?.dispose();
      call = undefined;
    };
    const end = (next: CallStatus) => {
      if (gone) return;
      hangUp();
      setStatus(next);
    };

    void (async () => {
      let token: VideoToken;
      try {
        token = await fetchVideoToken(meetingId);
      } catch (error) {
        end({ kind: 'unavailable', problem: videoProblem(error) });
        return;
      }
      if (gone) return;
      let JitsiMeetExternalAPI: JitsiMeetApiConstructor;
      try {
        JitsiMeetExternalAPI = await loadExternalApi(token.domain, scriptTimeoutMs);
      } catch {
        end(UNREACHABLE);
        return;
      }
      if (gone) return;
      try {
        call = new JitsiMeetExternalAPI(token.domain, jitsiOptions(token, parentNode, user.current.displayName, user.current.lang));
      } catch {
        end(UNREACHABLE);
        return;
      }
      call.addListener('videoConferenceJoined', () => {
        if (!gone) setStatus({ kind: 'joined' });
      });
      call.addListener('videoConferenceLeft', () => end({ kind: 'left' }));
      call.addListener('readyToClose', () => end({ kind: 'left' }));
      call.addListener('errorOccurred', (payload) => {
        const error = (payload as { error?: JitsiError } | undefined)?.error;
        if (error?.isFatal) end({ kind: 'unavailable', problem: jitsiProblem(error) });
      });
      const lead = Date.parse(token.expiresAt) - Date.now() - TOKEN_REFRESH_LEAD_MS;
      if (Number.isFinite(lead)) {
        refresh = window.setTimeout(() => {
          if (!gone) recreate();
        }, Math.min(Math.max(lead, MIN_REFRESH_DELAY_MS), MAX_TIMER_DELAY_MS));
      }
    })();

    return () => {
      gone = true;
      hangUp();
    };
  }, [meetingId, attempt, container, scriptTimeoutMs, recreate]);

  // Jitsi was unreachable and the network is back: try again without waiting for a click.
  const unreachable = status.kind === 'unavailable' && status.problem.reason === 'unreachable';
  useEffect(() => {
    if (!unreachable) return;
    window.addEventListener('online', recreate);
    return () => window.removeEventListener('online', recreate);
  }, [unreachable, recreate]);

  return { status, recreate };
}
