import { useSessionQuery } from '../api/get-session';
import { ANONYMOUS, type Session } from '../types';

/**
 * The current session, anonymous until the server says otherwise. The server decides every
 * permission; the UI only uses this to choose what to show.
 */
export function useSession(): Session {
  const { data } = useSessionQuery();
  return data ?? ANONYMOUS;
}
