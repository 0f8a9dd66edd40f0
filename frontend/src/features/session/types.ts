/** Mirrors GET /api/session. Roles are granted per organisation unit, never globally. */
export const ROLES = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'CELL_COMMITTEE',
  'GROUP_LEADER',
  'REVIEWER',
  'ADMIN',
] as const;

export type Role = (typeof ROLES)[number];

export type RoleGrant = {
  role: Role;
  orgUnitId: string;
  orgUnitName: string;
};

export type SessionUser = {
  accountId: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  memberId: string;
};

export type Session = { authenticated: false } | { authenticated: true; user: SessionUser };

export const ANONYMOUS: Session = { authenticated: false };

export function hasRole(session: Session, role: Role): boolean {
  return session.authenticated && session.user.roles.some((grant) => grant.role === role);
}
