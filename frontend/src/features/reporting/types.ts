/** Mirrors the reporting module's REST (docs/reporting.md). */
export type Figures = {
  regularHeld: number;
  thematicHeld: number;
  groupMeetings: number;
  shortMeetings: number;
  heldMinutes: number;
  onlineMeetings: number;
  hybridMeetings: number;
  minutesAdopted: number;
  minutesOnTime: number;
  counted: number;
  present: number;
  presentOnline: number;
  presentInPerson: number;
  absentWithReason: number;
  absentWithoutReason: number;
  exempt: number;
};

export type MonthFigure = {
  month: number;
  figures: Figures;
  ratePercent: number | null;
  meetsThreshold: boolean | null;
  over: boolean;
  regularMissing: boolean;
  warnings: string[];
};

export type QuarterFigure = { quarter: number; thematicHeld: number; over: boolean; thematicMissing: boolean };

export type CellRow = {
  cellId: string;
  code: string;
  name: string;
  months: MonthFigure[];
  quarters: QuarterFigure[];
  regularHeld: number;
  regularRequired: number;
  thematicHeld: number;
  shortMeetings: number;
  ratePercent: number | null;
};

export type Dashboard = {
  unitId: string;
  unitName: string;
  unitKind: string;
  year: number;
  thresholdPercent: number;
  cells: CellRow[];
  pilot: { onlineMeetings: number; hybridMeetings: number; presentOnline: number; presentInPerson: number };
  minutesAdopted: number;
  minutesOnTime: number;
  regularHeld: number;
};

export type MeetingRef = { meetingId: string; title: string | null; startsAt: string | null };

export type UnexcusedMember = {
  memberId: string;
  fullName: string;
  months: number;
  level: 'WARN' | 'REMOVAL_PROCEDURE' | 'NONE';
  removalProcedure: boolean;
  detail: { month: number; cellId: string | null; cellName: string | null; outside: boolean; meetings: MeetingRef[] }[];
};

export type MeetingRow = {
  meetingId: string;
  title: string;
  kind: string;
  mode: string;
  partyGroup: boolean;
  cancelled: boolean;
  startsAt: string;
  heldMinutes: number | null;
  requiredMinutes: number;
  shortMeeting: boolean;
  minutesAdoptedAt: string | null;
  minutesOnTime: boolean | null;
  counted: number;
  present: number;
  ratePercent: number | null;
  meetsThreshold: boolean | null;
};

export type MeetingRoll = {
  meeting: MeetingRow;
  cellId: string;
  lines: { memberId: string; fullName: string; guest: boolean; status: string | null }[];
};

export type MemberYear = {
  memberId: string;
  fullName: string;
  year: number;
  unexcusedMonths: number;
  level: string;
  meetings: { meetingId: string; cellId: string; cellName: string; title: string; startsAt: string; status: string | null }[];
};

export type ExportTable = 'dashboard' | 'unexcused' | 'evaluation-members' | 'evaluation-cells' | 'meetings' | 'roll' | 'member';
