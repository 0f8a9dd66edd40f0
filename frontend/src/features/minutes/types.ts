/** The biên bản as the server answers it (docs/minutes.md). */
export type MinutesState = 'DRAFT' | 'READ_BACK' | 'ADOPTED' | 'SIGNED';

export type Speaker = { memberId: string; fullName: string; startedAt: string };

export type MinutesItem = {
  itemId: string | null;
  position: number;
  title: string;
  presenter: string | null;
  speakers: Speaker[];
  opinions: string;
  conclusion: string;
};

export type MinutesVote = {
  voteId: string;
  agendaItemId: string | null;
  subject: string;
  decisionType: string;
  mode: 'OPEN' | 'SECRET';
  yes: number;
  no: number;
  abstain: number;
  denominator: number;
  eligible: number;
  rule: string;
  threshold: string;
  passed: boolean;
  closedAt: string;
};

export type MinutesContent = {
  schema: number;
  meetingId: string;
  header: { upperCommittee: string; unit: string; party: string; placeAndDate: string };
  title: string;
  subtitle: string;
  organisation: { unitName: string; cellName: string; groupMeeting: boolean };
  time: { startedLocal: string | null; endedLocal: string | null };
  place: { mode: string; text: string; legalBasis: string | null };
  members: { total: number; official: number; probationary: number; exempt: number; suspended: number; transferred: number; guests: number };
  present: { total: number; inPerson: number; online: number; official: number; probationary: number };
  rate: { present: number; denominator: number; percent: string | null; thresholdPercent: number; meetsThreshold: boolean };
  absentees: { memberId: string; fullName: string; status: string | null; statusLabel: string; reason: string | null }[];
  chair: { fullName: string } | null;
  minuteTaker: { fullName: string } | null;
  guests: string[];
  guestsNote: string;
  agenda: MinutesItem[];
  votes: MinutesVote[];
  conclusions: string;
  tasks: string;
  selfAssessment: string;
  groupRollUp: { meetingId: string; groupName: string; present: number; denominator: number; percent: string | null }[];
  signatories: { role: string; roleLabel: string; fullName: string | null }[];
};

export type Section = { key: string; html: string; version: number; updatedBy: string; updatedAt: string };

export type Signature = { role: 'CHAIR' | 'MINUTE_TAKER'; memberId: string; fullName: string; signedAt: string; contentHash: string; seal: string };

export type Addendum = {
  id: string;
  seq: number;
  html: string;
  originalHash: string;
  contentHash: string;
  authorRole: string;
  fullName: string;
  signedAt: string;
};

export type MinutesView = {
  meetingId: string;
  state: MinutesState;
  meetingState: string;
  content: MinutesContent;
  contentHash: string;
  frozen: boolean;
  sections: Record<string, Section>;
  mayEdit: boolean;
  mayReadBack: boolean;
  mayAdopt: boolean;
  signAs: 'CHAIR' | 'MINUTE_TAKER' | null;
  chairMayEdit: boolean;
  /** The chair (or a cell officer) may let the chair edit too. */
  mayAllowChairEditing: boolean;
  readBackAt: string | null;
  adoptedAt: string | null;
  adoptionMethod: string | null;
  signatures: Signature[];
  addenda: Addendum[];
  publication: { days: number; dueBy: string | null; publishedAt: string | null; late: boolean; rule: string };
  autosaveMillis: number;
};

export type Verification = {
  meetingId: string;
  state: string;
  valid: boolean;
  contentHash: string | null;
  checks: { what: string; expected: string; recomputed: string; valid: boolean }[];
};

/** A room event another module announced; the minutes react to theirs. */
export type Announcement = { seq: number; type: string; [field: string]: unknown };

export const itemSection = (itemId: string, part: 'opinions' | 'conclusion') => `item:${itemId}:${part}`;
