import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

import { openRoomConnection, type RoomConnection } from '../api/stomp-connection';
import { initialRoomState, roomReducer, topicEvents } from '../room-state';
import {
  LIVE_STATES,
  type ChairCommand,
  type ConnectionState,
  type MemberCommand,
  type RoomErrorMessage,
  type RoomReply,
  type RoomSnapshot,
  type SinceReply,
  type TopicMessage,
} from '../types';

/** Refusals after which retrying cannot help: stop reconnecting and say why. */
const FINAL_REFUSALS = new Set(['access-denied', 'meeting-not-found', 'removed-from-meeting', 'authentication-required']);

type Link = 'down' | 'up';

export type Room = {
  view: RoomSnapshot | null;
  connection: ConnectionState;
  /** This connection is present in the room (the server answered `joined`). */
  joined: boolean;
  /** The code of a refusal that ended the connection for good, if any. */
  refused: string | null;
  send(command: ChairCommand | MemberCommand, body?: unknown): boolean;
};

/**
 * The live room of one meeting (docs/realtime-protocol.md): subscribes in the documented order,
 * applies events by `seq`, asks `since/{lastSeq}` after a gap or a reconnect, and joins whenever the
 * meeting is open.
 */
export function useRoom(meetingId: string, onError: (error: RoomErrorMessage) => void): Room {
  const [state, dispatch] = useReducer(roomReducer, initialRoomState);
  const [link, setLink] = useState<Link>('down');
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [joined, setJoined] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [epoch, setEpoch] = useState(0);

  const connection = useRef<RoomConnection | null>(null);
  const stateRef = useRef(state);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    stateRef.current = state;
    onErrorRef.current = onError;
  });
  const joinAttempt = useRef<string | null>(null);
  const joinPending = useRef(false);

  const base = `/app/meetings/${meetingId}`;

  /** Snapshot the first time, `since/{lastSeq}` afterwards; one reply, then unsubscribe. */
  const catchUp = useCallback(() => {
    const conn = connection.current;
    if (!conn) return;
    const lastSeq = stateRef.current.view?.seq;
    dispatch({ type: 'sync-started' });
    let unsubscribe: (() => void) | null = null;
    let answered = false;
    const onReply = (body: unknown) => {
      answered = true;
      unsubscribe?.();
      const reply = body as RoomSnapshot | SinceReply;
      if (reply.type === 'snapshot') dispatch({ type: 'snapshot', snapshot: reply });
      else if (reply.type === 'resync') dispatch({ type: 'snapshot', snapshot: reply.snapshot });
      else if (reply.type === 'missed') dispatch({ type: 'missed', seq: reply.seq, events: reply.events });
    };
    unsubscribe = conn.subscribe(lastSeq === undefined ? `${base}/snapshot` : `${base}/since/${lastSeq}`, onReply);
    if (answered) unsubscribe();
  }, [base]);

  useEffect(() => {
    const conn = openRoomConnection({
      onConnected: () => {
        setJoined(false);
        joinPending.current = false;
        conn.subscribe('/user/queue/errors', (body) => {
          const error = body as RoomErrorMessage;
          if (error.destination?.endsWith('/join')) joinPending.current = false;
          onErrorRef.current(error);
        });
        conn.subscribe('/user/queue/replies', (body) => {
          const reply = body as RoomReply;
          if (reply.meetingId !== meetingId) return;
          if (reply.type === 'joined') {
            joinPending.current = false;
            setJoined(true);
          }
          if (reply.type === 'left') setJoined(false);
        });
        conn.subscribe(`/topic/meetings/${meetingId}`, (body) =>
          topicEvents(body as TopicMessage).forEach((event) => dispatch({ type: 'event', event })),
        );
        setLink('up');
        setEpoch((value) => value + 1);
      },
      onDisconnected: () => {
        setLink('down');
        setJoined(false);
      },
      onRefused: (code) => {
        if (FINAL_REFUSALS.has(code)) {
          setRefused(code);
          conn.pause();
        }
      },
    });
    connection.current = conn;

    const wentOffline = () => {
      setOnline(false);
      conn.pause();
    };
    const cameOnline = () => {
      setOnline(true);
      conn.reconnect();
    };
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameOnline);
    return () => {
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameOnline);
      connection.current = null;
      conn.close();
      dispatch({ type: 'reset' });
    };
  }, [meetingId]);

  // Every (re)connection catches up once the topic is subscribed.
  useEffect(() => {
    if (epoch > 0) catchUp();
  }, [epoch, catchUp]);

  // A hole in the sequence: ask for what is missing.
  useEffect(() => {
    if (state.gap && !state.syncing && link === 'up') catchUp();
  }, [state.gap, state.syncing, link, catchUp]);

  // Present whenever the meeting is open; a refused join is tried again when the meeting's state or lock changes.
  const view = state.view;
  const synced = link === 'up' && !!view && !state.syncing;
  const me = view?.participants.find((p) => p.memberId === view.you.memberId);
  useEffect(() => {
    if (!synced || joined || !view || !LIVE_STATES.has(view.state) || me?.removed) return;
    const key = `${epoch}:${view.state}:${view.locked}`;
    if (joinPending.current || joinAttempt.current === key) return;
    joinAttempt.current = key;
    joinPending.current = true;
    connection.current?.send(`${base}/join`, {});
  }, [synced, joined, view, me?.removed, epoch, base]);

  const send = useCallback(
    (command: ChairCommand | MemberCommand, body: unknown = {}) => {
      try {
        connection.current?.send(`${base}/${command}`, body);
        return true;
      } catch {
        onErrorRef.current({ code: 'not-connected' });
        return false;
      }
    },
    [base],
  );

  const connectionState: ConnectionState = !online || refused ? 'offline' : synced ? 'connected' : 'reconnecting';
  return { view, connection: connectionState, joined, refused, send };
}
