import type { JitsiMeetApiConstructor } from '../types';

/** How long the page waits for `external_api.js` before saying Jitsi is unreachable. */
export const EXTERNAL_API_TIMEOUT_MS = 15_000;

const loads = new Map<string, Promise<JitsiMeetApiConstructor>>();

export function externalApiUrl(domain: string): string {
  return `https://${domain}/external_api.js`;
}

/**
 * Jitsi's IFrame API from the configured domain: one script tag, added once; calls made while it
 * loads share it, later ones find `window.JitsiMeetExternalAPI`. A failure or a timeout removes the
 * tag and forgets the attempt, so a retry adds a fresh one.
 */
export function loadExternalApi(domain: string, timeoutMs = EXTERNAL_API_TIMEOUT_MS): Promise<JitsiMeetApiConstructor> {
  if (window.JitsiMeetExternalAPI) return Promise.resolve(window.JitsiMeetExternalAPI);
  const src = externalApiUrl(domain);
  const pending = loads.get(src);
  if (pending) return pending;

  const load = new Promise<JitsiMeetApiConstructor>((resolve, reject) => {
    const script = document.createElement('script');
    const fail = (reason: string) => {
      window.clearTimeout(timer);
      script.remove();
      loads.delete(src);
      reject(new Error(`${src}: ${reason}`));
    };
    const timer = window.setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    script.src = src;
    script.async = true;
    script.onload = () => {
      window.clearTimeout(timer);
      loads.delete(src);
      if (window.JitsiMeetExternalAPI) resolve(window.JitsiMeetExternalAPI);
      else fail('loaded without defining JitsiMeetExternalAPI');
    };
    script.onerror = () => fail('failed to load');
    document.head.appendChild(script);
  });
  loads.set(src, load);
  return load;
}
