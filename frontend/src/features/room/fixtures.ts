import type { AnyRoomEvent, RoomSnapshot } from './types';

export const MEETING_ID = 'meeting-1';
export const CHAIR = { memberId: 'm-chair', name: 'Nguyễn Văn An', role: 'CHAIR', present: true, devices: 1 };
export const MEMBER = { memberId: 'm-member', name: 'Trần Thị Bình', role: 'MEMBER', present: true, devices: 2 };
export const PROBATIONARY = { memberId: 'm-duby', name: 'Lê Văn Cường', role: 'MEMBER', standing: 'PROBATIONARY', present: false, devices: 0 };

export const ITEMS = [
  { id: 'i-1', position: 1, title: 'Báo cáo tình hình tháng', type: 'REPORT' },
  { id: 'i-2', position: 2, title: 'Thông tin thời sự', type: 'INFORMATION' },
  { id: 'i-3', position: 3, title: 'Nghị quyết tháng', type: 'RESOLUTION' },
];

export function snapshot(overrides: Partial<RoomSnapshot> = {}): RoomSnapshot {
  return {
    type: 'snapshot',
    seq: 10,
    meetingId: MEETING_ID,
    title: 'Sinh hoạt chi bộ thường kỳ tháng 12/2026',
    state: 'IN_PROGRESS',
    locked: false,
    currentItem: ITEMS[0],
    agenda: ITEMS,
    participants: [CHAIR, MEMBER, PROBATIONARY],
    queue: [],
    speaker: null,
    you: { memberId: MEMBER.memberId, role: 'MEMBER', manage: false },
    ...overrides,
  };
}

export function event(seq: number, type: string, fields: Record<string, unknown> = {}): AnyRoomEvent {
  return { seq, type, meetingId: MEETING_ID, at: '2026-12-03T12:41:07.120Z', ...fields } as AnyRoomEvent;
}
