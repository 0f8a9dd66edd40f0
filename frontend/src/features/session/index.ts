export { getSession, sessionQueryKey, sessionQueryOptions, useSessionQuery } from './api/get-session';
export { UserMenu } from './components/user-menu';
export { useSession } from './hooks/use-session';
export { navigationFor, visibleNavigation, type NavigationItem, type NavigationKey } from './navigation';
export { ANONYMOUS, hasRole, ROLES, type Role, type RoleGrant, type Session, type SessionUser } from './types';
