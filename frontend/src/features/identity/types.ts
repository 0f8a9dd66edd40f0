/** Mirrors docs/access.md, "Session and login" and "Accounts and roles". */
export type LoginStatus = 'AUTHENTICATED' | 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED' | 'PASSWORD_CHANGE_REQUIRED';

export type LoginAnswer = { status: LoginStatus };

export type Enrolment = { secret: string; otpauthUri: string };

export type EnrolmentConfirmation = { recoveryCodes: string[]; status?: LoginStatus };

export type RoleName = 'SECRETARY' | 'DEPUTY_SECRETARY' | 'CELL_COMMITTEE' | 'GROUP_LEADER' | 'REVIEWER' | 'ADMIN';

export const ROLE_NAMES: readonly RoleName[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'CELL_COMMITTEE',
  'GROUP_LEADER',
  'REVIEWER',
  'ADMIN',
];

export type AccountRole = { role: RoleName; orgUnitId: string; orgUnitName: string };

export type Account = {
  id: string;
  username: string;
  memberId: string;
  memberName: string;
  cardNumber: string;
  unitId: string;
  unitName: string;
  loginEnabled: boolean;
  locked: boolean;
  secondFactorEnrolled: boolean;
  mustChangePassword: boolean;
  roles: AccountRole[];
  lastLoginAt: string | null;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

/** The rules the server enforces (docs/access.md); shown so people know them before they type. */
export const PASSWORD_MIN_LENGTH = 10;
