/** docs/attendance.md: the roll call, a cell's absences (R11) and a member's year. */
export type RollStatus =
  | 'PRESENT_IN_PERSON'
  | 'PRESENT_ONLINE'
  | 'ABSENT_WITH_REASON'
  | 'ABSENT_WITHOUT_REASON'
  | 'EXEMPT'
  | 'TRANSFERRED'
  | 'SUSPENDED';

export const ROLL_STATUSES: RollStatus[] = [
  'PRESENT_IN_PERSON',
  'PRESENT_ONLINE',
  'ABSENT_WITH_REASON',
  'ABSENT_WITHOUT_REASON',
  'EXEMPT',
  'TRANSFERRED',
  'SUSPENDED',
];

export const PRESENT: ReadonlySet<RollStatus | null> = new Set<RollStatus | null>(['PRESENT_IN_PERSON', 'PRESENT_ONLINE']);

export type Rate = {
  summoned: number;
  exempt: number;
  present: number;
  denominator: number;
  percent: number | null;
  thresholdPercent: number;
  meetsThreshold: boolean;
};

export type RollLine = {
  memberId: string;
  fullName: string;
  guest: boolean;
  status: RollStatus | null;
  reason: string | null;
  suggested: boolean;
  version: number;
  flags: { exempt: boolean; suspended: boolean; transferred: boolean };
  online: boolean;
  late: boolean;
  leftEarly: boolean;
  onlineSeconds: number;
};

export type RollCall = {
  meetingId: string;
  confirmed: boolean;
  confirmedAt: string | null;
  confirmedBy: string | null;
  mayEdit: boolean;
  mayConfirm: boolean;
  ownLineOnly: boolean;
  lines: RollLine[];
  rate: Rate;
  rule: string;
};

export type AbsenceLevel = 'NONE' | 'WARNING' | 'REMOVAL_PROCEDURE';

export type MeetingRef = { meetingId: string; title: string; startsAt: string; unitId: string; groupMeeting: boolean };

export type MonthAbsences = { month: string; meetings: MeetingRef[] };

export type MemberAbsences = {
  memberId: string;
  fullName: string;
  months: number;
  level: AbsenceLevel;
  detail: MonthAbsences[];
  warnedAt: string | null;
  removalFlaggedAt: string | null;
};

export type CellAbsences = {
  cellId: string;
  cellName: string;
  year: number;
  warnAt: number;
  removalProcedureAt: number;
  rule: string;
  members: MemberAbsences[];
};

export type HistoryLine = {
  meetingId: string;
  title: string;
  kind: string;
  startsAt: string;
  unitId: string;
  groupMeeting: boolean;
  confirmed: boolean;
  status: RollStatus;
  reason: string | null;
  corrected: boolean;
};

export type MemberAttendance = {
  memberId: string;
  fullName: string;
  cellId: string | null;
  year: number;
  rule: string;
  unexcusedMonths: number;
  level: AbsenceLevel;
  warnAt: number;
  removalProcedureAt: number;
  months: MonthAbsences[];
  meetings: HistoryLine[];
};

/** Where the attendance pages link to; the app fills these in. */
export type AttendanceLinks = {
  meeting: (id: string) => string;
  memberAttendance: (memberId: string) => string;
};
