export type DecisionType =
  | 'ORDINARY_RESOLUTION'
  | 'ADMISSION_RECOMMENDATION'
  | 'OFFICIAL_RECOGNITION'
  | 'DISCIPLINE'
  | 'EXPULSION_RECOMMENDATION'
  | 'ELECTION'
  | 'OTHER';

export const DECISION_TYPES: DecisionType[] = [
  'ORDINARY_RESOLUTION',
  'ADMISSION_RECOMMENDATION',
  'OFFICIAL_RECOGNITION',
  'DISCIPLINE',
  'EXPULSION_RECOMMENDATION',
  'ELECTION',
  'OTHER',
];

/** Decisions about one person: the form asks for exactly one name (R15). */
export const PERSONNEL: ReadonlySet<DecisionType> = new Set([
  'ADMISSION_RECOMMENDATION',
  'OFFICIAL_RECOGNITION',
  'DISCIPLINE',
  'EXPULSION_RECOMMENDATION',
  'ELECTION',
]);

export type VoteMode = 'OPEN' | 'SECRET';
export type Choice = 'YES' | 'NO' | 'ABSTAIN';
export type IneligibleReason = 'PROBATIONARY' | 'NOT_PRESENT' | 'TRANSFERRED' | 'SUSPENDED';

export type Denominator = {
  summonedOfficial: number;
  transferred: number;
  suspended: number;
  exemptAbsent: number;
  exemptPresent: number;
  excused: number;
  value: number;
  cellWide: boolean;
};

export type Vote = {
  id: string;
  meetingId: string;
  agendaItemId: string;
  subject: string;
  decisionType: DecisionType;
  mode: VoteMode;
  personName: string | null;
  cellWide: boolean;
  state: 'OPEN' | 'CLOSED' | 'CANCELLED';
  openedAt: string;
  closedAt: string | null;
  threshold: 'MORE_THAN_HALF' | 'AT_LEAST_TWO_THIRDS';
  rule: string;
  denominatorRule: string;
  denominator: number;
  denominatorDetail: Denominator;
  eligible: number;
  cast: number;
  result: { yes: number; no: number; abstain: number; passed: boolean } | null;
  ballotsDigest: string | null;
  me: { elector: boolean; mayCast: boolean; reason: IneligibleReason | null; voted: boolean; choice: Choice | null };
  mayManage: boolean;
};

export type OpenVoteBody = {
  agendaItemId: string;
  decisionType: DecisionType;
  mode: VoteMode;
  subject?: string;
  personName?: string;
};

export type CastReceipt = { voteId: string; mode: VoteMode; receipt: string | null };

/** What the room page hands its votes slot. */
export type VotesContext = {
  meetingId: string;
  /** The meeting is in progress: votes may be opened. */
  live: boolean;
  /** This user runs the meeting (the chair): may open and close votes. */
  manage: boolean;
  agenda: { id: string; title: string }[];
  currentItemId: string | null;
  /** The room's latest event of another module: a `vote-…` one means the votes changed. */
  announcement?: { type: string; seq: number } | null;
};

export type CongressQuorum = {
  meetingId: string;
  congress: boolean;
  summoned: number;
  present: number;
  required: number;
  met: boolean | null;
  rule: string;
};
