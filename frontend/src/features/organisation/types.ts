/** Mirrors docs/access.md, "Organisation tree" and "Members". */
export type UnitKind = 'COMMITTEE' | 'GRASSROOTS' | 'CELL' | 'PARTY_GROUP';

export const UNIT_KINDS: readonly UnitKind[] = ['COMMITTEE', 'GRASSROOTS', 'CELL', 'PARTY_GROUP'];

export type Unit = {
  id: string;
  kind: UnitKind;
  code: string;
  name: string;
  parentId: string | null;
  path: string[];
  validFrom: string;
  dissolvedAt: string | null;
  leaderMemberId: string | null;
  deputyMemberId: string | null;
  memberCount: number;
};

export type UnitEvent = 'CREATED' | 'RENAMED' | 'MOVED' | 'DISSOLVED';

export type UnitHistoryEntry = {
  validFrom: string;
  validTo: string | null;
  name: string;
  parentId: string | null;
  event: UnitEvent;
  by: string | null;
};

export type MemberStatus = 'OFFICIAL' | 'PROBATIONARY';
export type FlagKind = 'EXEMPT' | 'SUSPENDED' | 'TRANSFERRED_OUT' | 'TRANSFERRED_IN';
export const FLAG_KINDS: readonly FlagKind[] = ['EXEMPT', 'SUSPENDED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN'];

export type Flag = {
  id: string;
  kind: FlagKind;
  from: string;
  to: string | null;
  otherUnitId: string | null;
  otherUnitName: string | null;
  note: string | null;
};

export type Membership = {
  cellId: string;
  cellName: string;
  groupId: string | null;
  groupName: string | null;
  from: string;
  to: string | null;
};

export type Member = {
  id: string;
  cardNumber: string;
  fullName: string;
  dateOfBirth: string | null;
  admissionDate: string | null;
  officialDate: string | null;
  status: MemberStatus;
  cellId: string;
  cellName: string;
  groupId: string | null;
  groupName: string | null;
  flags: Flag[];
  memberships?: Membership[];
  version: number;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type ImportPreview = {
  id: string;
  fileName: string;
  rows: number;
  valid: boolean;
  errors: { row: number; column: string; message: string }[];
  summary: { create: number; update: number; unchanged: number };
};

export type ImportResult = { created: number; updated: number; unchanged: number };

/** A role held on a unit, as the session reports it; the feature needs only these two fields. */
export type Grant = { role: string; orgUnitId: string };
