export { getSession, sessionQueryKey, sessionQueryOptions, useSessionQuery } from './api/get-session';
export { useLogout } from './api/logout';
export { UserMenu } from './components/user-menu';
export { useSession } from './hooks/use-session';
export {
  ADMINISTRATORS,
  AUTHORISATION_KEEPERS,
  REVIEWERS,
  MEETING_ORGANISERS,
  navigationFor,
  ORGANISATION_READERS,
  visibleNavigation,
  type NavigationItem,
  type NavigationKey,
} from './navigation';
export {
  ANONYMOUS,
  hasAnyRole,
  hasRole,
  ROLES,
  type PendingStep,
  type Role,
  type RoleGrant,
  type Session,
  type SessionUser,
} from './types';
