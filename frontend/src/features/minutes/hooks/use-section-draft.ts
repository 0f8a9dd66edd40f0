import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { isApiError } from '@/lib/api-client';

import { minutesKey, saveSection } from '../api/minutes';
import type { Section } from '../types';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export type SectionDraft = {
  html: string;
  status: SaveStatus;
  version: number;
  change(html: string): void;
  /** Saves now (on leaving the field). */
  flush(): void;
  /** After a conflict: drop the local text and take the saved one. */
  takeServer(): void;
};

/**
 * One section of the biên bản being written: saves `autosaveMillis` after the last keystroke (and on
 * leaving the field) with the version it was based on — at most that interval of typing is lost if the
 * browser dies. A save the server refuses as `stale-version` becomes a conflict, never an overwrite.
 */
export function useSectionDraft(meetingId: string, key: string, server: Section | undefined, autosaveMillis: number): SectionDraft {
  const queryClient = useQueryClient();
  const [html, setHtml] = useState(server?.html ?? '');
  const [version, setVersion] = useState(server?.version ?? 0);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const latest = useRef({ html, version, status });
  useEffect(() => {
    latest.current = { html, version, status };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // someone else saved (announced in the room, refetched): follow them unless we have unsaved text
  useEffect(() => {
    if (!server || server.version <= latest.current.version) return;
    if (latest.current.status === 'saved') {
      setHtml(server.html);
      setVersion(server.version);
    } else if (latest.current.status === 'dirty') {
      setStatus('conflict');
    }
  }, [server]);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = latest.current;
    if (current.status !== 'dirty' && current.status !== 'error') return;
    setStatus('saving');
    try {
      const saved = await saveSection(meetingId, key, current.html, current.version);
      setVersion(saved.version);
      latest.current = { ...latest.current, version: saved.version };
      setStatus(latest.current.html === current.html ? 'saved' : 'dirty');
      void queryClient.invalidateQueries({ queryKey: minutesKey(meetingId) });
    } catch (error) {
      setStatus(isApiError(error) && error.code === 'stale-version' ? 'conflict' : 'error');
    }
  }, [meetingId, key, queryClient]);

  const change = useCallback(
    (next: string) => {
      setHtml(next);
      latest.current = { ...latest.current, html: next };
      if (latest.current.status === 'conflict') return;
      setStatus('dirty');
      latest.current = { ...latest.current, status: 'dirty' };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), autosaveMillis);
    },
    [save, autosaveMillis],
  );

  const takeServer = useCallback(() => {
    setHtml(server?.html ?? '');
    setVersion(server?.version ?? 0);
    setStatus('saved');
  }, [server]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { html, status, version, change, flush: () => void save(), takeServer };
}
