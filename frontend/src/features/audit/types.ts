/** Mirrors docs/access.md, "Audit". */
export type AuditEntry = {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  unitId: string | null;
  origin: string | null;
  details: unknown;
  hash: string;
};

export type Verification = {
  valid: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: string | null;
  checkedAt: string;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type AuditFilter = {
  from?: string;
  to?: string;
  actor?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
  page: number;
  size: number;
};
