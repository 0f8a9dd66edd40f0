import { Client, ReconnectionTimeMode, type IFrame } from '@stomp/stompjs';

/**
 * The room's one WebSocket (docs/realtime-protocol.md §1): STOMP 1.2 on `/ws` of this origin, the
 * session cookie as credentials (no CSRF header in CONNECT), heart-beats 5 s out / 10 s in, and
 * reconnects with exponential backoff. The hook above sees only this small interface, so tests
 * replace it without a server.
 */
export type RoomConnection = {
  subscribe(destination: string, onMessage: (body: unknown) => void): () => void;
  send(destination: string, body?: unknown): void;
  /** Drop the socket now and retry with a fresh backoff (e.g. the browser says it is online again). */
  reconnect(): void;
  /** Stop retrying until `reconnect()` (the browser says it is offline). */
  pause(): void;
  close(): void;
};

export type ConnectionListener = {
  onConnected(): void;
  onDisconnected(): void;
  /** A STOMP ERROR frame: the server refused CONNECT or SUBSCRIBE and closes the connection. */
  onRefused(code: string, body: unknown): void;
};

export type OpenConnection = (listener: ConnectionListener) => RoomConnection;

const FINAL_CLOSE_CODES: Record<number, string> = { 4001: 'removed-from-meeting', 4401: 'authentication-required' };

function brokerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws`;
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

export const openRoomConnection: OpenConnection = (listener) => {
  const client = new Client({
    brokerURL: brokerUrl(),
    heartbeatOutgoing: 5_000,
    heartbeatIncoming: 10_000,
    reconnectDelay: 1_000,
    maxReconnectDelay: 30_000,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    // A dead network must not wait for the TCP timeout: drop the socket on any heart-beat failure.
    discardWebsocketOnCommFailure: true,
    onConnect: () => listener.onConnected(),
    onWebSocketClose: (event: CloseEvent) => {
      listener.onDisconnected();
      // Closed for good: a removed member (`remove`), or the HTTP session behind the handshake ended (§1).
      // stompjs closes sockets it discards itself with 4001 too, so the reason must match as well.
      const code = FINAL_CLOSE_CODES[event.code];
      if (code && event.reason === code) listener.onRefused(code, null);
    },
    onStompError: (frame: IFrame) => listener.onRefused(frame.headers.message ?? 'internal-error', parse(frame.body)),
  });
  client.activate();

  return {
    subscribe(destination, onMessage) {
      const subscription = client.subscribe(destination, (message) => onMessage(parse(message.body)));
      return () => {
        if (client.connected) subscription.unsubscribe();
      };
    },
    send(destination, body = {}) {
      client.publish({ destination, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    },
    reconnect() {
      void client.deactivate({ force: true }).then(() => client.activate());
    },
    pause() {
      void client.deactivate({ force: true });
    },
    close() {
      void client.deactivate();
    },
  };
};
