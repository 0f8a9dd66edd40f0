/** What the server says about video (docs/jitsi.md): `GET /api/video/settings`. */
export type VideoSettings = { enabled: boolean; domain: string | null };

/** `GET /api/meetings/{id}/video-token`: everything the browser needs to enter the meeting's Jitsi room. */
export type VideoToken = {
  domain: string;
  roomName: string;
  jwt: string;
  /** ISO instant after which Prosody refuses the token. */
  expiresAt: string;
  moderator: boolean;
};

/**
 * Why the page shows no call. `in-person` is an in-person meeting, which has no call at all; the
 * other four are the ones the browser story and the docs name.
 */
export type VideoUnavailableReason = 'not-configured' | 'unreachable' | 'not-open' | 'refused' | 'in-person';

/** The few parts of Jitsi's IFrame API (`external_api.js`) this page uses. */
export type JitsiMeetOptions = {
  roomName: string;
  jwt: string;
  parentNode: HTMLElement;
  width?: string | number;
  height?: string | number;
  lang?: string;
  userInfo?: { displayName?: string; email?: string };
  configOverwrite?: Record<string, unknown>;
  interfaceConfigOverwrite?: Record<string, unknown>;
};

export interface JitsiMeetApi {
  addListener(event: string, listener: (payload?: unknown) => void): unknown;
  dispose(): void;
}

export type JitsiMeetApiConstructor = new (domain: string, options: JitsiMeetOptions) => JitsiMeetApi;

declare global {
  interface Window {
    JitsiMeetExternalAPI?: JitsiMeetApiConstructor;
  }
}
