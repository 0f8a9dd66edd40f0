// Test data and stand-in pickers for the meeting feature's tests (never imported by the app).
import type { AgendaItem, Meeting, Pickers } from './types';

export const CELL_ID = 'cell-xd';

export function agendaItem(id: string, position: number, patch: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    position,
    title: `Nội dung ${position}`,
    type: 'DISCUSSION',
    classification: 'INTERNAL',
    secretBallot: false,
    presenterMemberId: null,
    presenterName: null,
    plannedMinutes: 15,
    notes: null,
    documents: [],
    ...patch,
  };
}

export function meeting(patch: Partial<Meeting> = {}): Meeting {
  return {
    id: 'mtg-1',
    version: 3,
    unitId: CELL_ID,
    unitName: 'Chi bộ Công ty Xây dựng Long An',
    cellId: CELL_ID,
    partyGroup: false,
    kind: 'REGULAR',
    mode: 'ONLINE',
    state: 'SCHEDULED',
    title: 'Sinh hoạt chi bộ thường kỳ tháng 12/2026',
    startsAt: '2026-12-03T12:30:00Z',
    endsAt: '2026-12-03T14:30:00Z',
    startedAt: null,
    endedAt: null,
    place: null,
    videoRoom: 'chibo-xd-2026-12',
    chair: { memberId: 'm-1', fullName: 'Nguyễn Văn Hùng' },
    minuteTaker: { memberId: 'm-2', fullName: 'Trần Thị Mai' },
    guests: [],
    onlinePilot: true,
    authorisation: { id: 'auth-1', referenceNumber: '125-QĐ/TU', validTo: '2027-06-30' },
    recordingEnabled: false,
    fromSchedule: true,
    stateReason: null,
    postponedToId: null,
    agenda: [],
    plannedMinutes: 120,
    warnings: [],
    permissions: { manage: true, chair: true },
    ...patch,
  };
}

/** Plain selects standing in for the organisation feature's pickers. */
export const testPickers: Pickers = {
  member: ({ testId, onChange, value }) => (
    <select data-testid={testId} value={value ?? ''} onChange={(event) => onChange?.(event.target.value || undefined, event.target.selectedOptions[0]?.text)}>
      <option value="">—</option>
      <option value="m-3">Lê Minh Tuấn</option>
    </select>
  ),
  unit: ({ testId }) => <span data-testid={testId} />,
};
