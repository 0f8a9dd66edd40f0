import type { RollCall, RollLine } from './types';

export function rollLine(overrides: Partial<RollLine> & Pick<RollLine, 'memberId' | 'fullName'>): RollLine {
  return {
    guest: false,
    status: null,
    reason: null,
    suggested: true,
    version: 0,
    flags: { exempt: false, suspended: false, transferred: false },
    online: false,
    late: false,
    leftEarly: false,
    onlineSeconds: 0,
    ...overrides,
  };
}

export function rollCall(overrides: Partial<RollCall> = {}): RollCall {
  return {
    meetingId: 'mtg-1',
    confirmed: false,
    confirmedAt: null,
    confirmedBy: null,
    mayEdit: true,
    mayConfirm: true,
    ownLineOnly: false,
    rule: 'R12',
    rate: { summoned: 3, exempt: 0, present: 1, denominator: 3, percent: 33.33, thresholdPercent: 85, meetsThreshold: false },
    lines: [
      rollLine({ memberId: 'm-1', fullName: 'Nguyễn Văn Hùng', status: 'PRESENT_ONLINE', online: true, onlineSeconds: 3600 }),
      rollLine({ memberId: 'm-2', fullName: 'Trần Thị Mai', status: null }),
      rollLine({ memberId: 'm-3', fullName: 'Lê Minh Tuấn', status: 'ABSENT_WITHOUT_REASON' }),
    ],
    ...overrides,
  };
}
