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
  secondFactorEnrolled?: boolean;
};

/** A login half-way through: the server knows the password was right and waits for the next step. */
export type PendingStep = 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED' | 'PASSWORD_CHANGE_REQUIRED';

export type Session =
  | { authenticated: false; pending?: PendingStep; username?: string }
  | { authenticated: true; user: SessionUser };

export const ANONYMOUS: Session = { authenticated: false };

export function hasRole(session: Session, role: Role): boolean {
  return session.authenticated && session.user.roles.some((grant) => grant.role === role);
}

export function hasAnyRole(session: Session, roles: readonly Role[]): boolean {
  return session.authenticated && session.user.roles.some((grant) => roles.includes(grant.role));
}
