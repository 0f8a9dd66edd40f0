import type { ReactNode } from 'react';

/** Mirrors the meeting REST contract (docs/meetings.md). */
export const MEETING_KINDS = ['REGULAR', 'THEMATIC', 'REGULAR_AND_THEMATIC', 'EXTRAORDINARY', 'CONGRESS'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_MODES = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export type MeetingState =
  | 'DRAFT'
  | 'SCHEDULED'
  | 'OPEN'
  | 'IN_PROGRESS'
  | 'ENDED'
  | 'MINUTES_ADOPTED'
  | 'CANCELLED'
  | 'POSTPONED';

export const AGENDA_TYPES = [
  'INFORMATION',
  'REPORT',
  'DISCUSSION',
  'RESOLUTION',
  'PERSONNEL',
  'ELECTION',
  'DISCIPLINE',
  'ADMISSION',
  'OFFICIAL_RECOGNITION',
  'ANNUAL_CLASSIFICATION',
  'INSPECTION',
  'OTHER',
] as const;
export type AgendaItemType = (typeof AGENDA_TYPES)[number];

export const ITEM_CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'SECRET'] as const;
export type ItemClassification = (typeof ITEM_CLASSIFICATIONS)[number];

/** Documents may be offered as state secret only so the server can refuse them (R5). */
export const DOCUMENT_CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'SECRET', 'STATE_SECRET'] as const;
export type DocumentClassification = (typeof DOCUMENT_CLASSIFICATIONS)[number];

export type TemplateName = 'REGULAR' | 'THEMATIC';

export type PersonRef = { memberId: string; fullName: string };

export type RuleWarning = { code: string; rule?: string | null; message: string };

export type MeetingDocument = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  classification: DocumentClassification;
  publishedAt: string | null;
};

export type AgendaItem = {
  id: string;
  position: number;
  title: string;
  type: AgendaItemType;
  classification: ItemClassification;
  secretBallot: boolean;
  presenterMemberId: string | null;
  presenterName: string | null;
  plannedMinutes: number;
  notes: string | null;
  documents: MeetingDocument[];
};

export type Meeting = {
  id: string;
  version: number;
  unitId: string;
  unitName: string;
  cellId: string;
  partyGroup: boolean;
  kind: MeetingKind;
  mode: MeetingMode;
  state: MeetingState;
  title: string;
  startsAt: string;
  endsAt: string;
  startedAt: string | null;
  endedAt: string | null;
  place: string | null;
  videoRoom: string | null;
  chair: PersonRef | null;
  minuteTaker: PersonRef | null;
  guests: PersonRef[];
  onlinePilot: boolean;
  authorisation: { id: string; referenceNumber: string; validTo: string } | null;
  recordingEnabled: boolean;
  fromSchedule: boolean;
  stateReason: string | null;
  postponedToId: string | null;
  agenda?: AgendaItem[];
  plannedMinutes?: number;
  warnings?: RuleWarning[];
  permissions?: { manage: boolean; chair: boolean };
};

export type MeetingBody = {
  unitId: string;
  kind: MeetingKind;
  mode: MeetingMode;
  title?: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  chairMemberId?: string;
  minuteTakerMemberId?: string;
  guestMemberIds?: string[];
  template?: TemplateName;
  schedule?: boolean;
};

/** What POST /meetings/check answers: warnings never block, refusals would. */
export type MeetingCheck = { warnings: RuleWarning[]; refusals: RuleWarning[] };

export type AgendaItemBody = {
  title: string;
  type: AgendaItemType;
  classification: ItemClassification;
  secretBallot: boolean;
  presenterMemberId?: string | null;
  presenterName?: string | null;
  plannedMinutes: number;
  notes?: string | null;
};

export type Transition = 'schedule' | 'open' | 'start' | 'end' | 'cancel' | 'postpone';

export const REASON_CATEGORIES = ['DISPERSED_WORK', 'IRREGULAR_PRESENCE', 'CANNOT_LEAVE_POST', 'SPECIAL_CIRCUMSTANCES'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

export type OnlineAuthorisation = {
  id: string;
  unitId: string;
  unitName?: string;
  referenceNumber: string;
  issuedOn: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  reasonCategory: ReasonCategory;
  reasonNote: string | null;
  unableMemberIds: string[];
  countedMembers: number;
  moreThanHalf: boolean;
  revokedAt: string | null;
  revokedReason: string | null;
};

export type AuthorisationBody = {
  unitId: string;
  referenceNumber: string;
  issuedOn: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  reasonCategory: ReasonCategory;
  reasonNote?: string;
  unableMemberIds: string[];
};

/** The R2 count: members who cannot meet in person against the members counted (exempt and suspended left out). */
export type AuthorisationCheck = { unableMembers: number; countedMembers: number; moreThanHalf: boolean };

export type AppNotification = {
  id: string;
  kind?: string;
  title: string;
  body?: string | null;
  meetingId?: string | null;
  createdAt: string;
  readAt?: string | null;
};

export type CalendarFeed = { url: string | null; issuedAt?: string | null };

/** Member and unit pickers come from the organisation feature; the app passes them in. */
export type MemberPickerProps = {
  value?: string;
  onChange?: (value: string | undefined, label?: string) => void;
  id?: string;
  testId?: string;
  unitId?: string;
};
export type UnitPickerProps = { value?: string; onChange?: (value: string | undefined) => void; id?: string; testId?: string };
export type Pickers = {
  member: (props: MemberPickerProps) => ReactNode;
  unit: (props: UnitPickerProps) => ReactNode;
};
