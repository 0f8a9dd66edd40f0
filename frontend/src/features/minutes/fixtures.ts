import type { MinutesView } from './types';

/** A biên bản as the server answers it, for the tests. */
export function minutesView(overrides: Partial<MinutesView> = {}): MinutesView {
  return {
    meetingId: 'mtg-1',
    state: 'DRAFT',
    meetingState: 'IN_PROGRESS',
    frozen: false,
    contentHash: 'a'.repeat(64),
    content: {
      schema: 1,
      meetingId: 'mtg-1',
      header: { upperCommittee: 'ĐẢNG BỘ PHƯỜNG 3', unit: 'CHI BỘ KHU PHỐ 3', party: 'ĐẢNG CỘNG SẢN VIỆT NAM', placeAndDate: 'Tân An, ngày 03 tháng 12 năm 2026' },
      title: 'BIÊN BẢN',
      subtitle: 'Sinh hoạt chi bộ thường kỳ tháng 12/2026',
      organisation: { unitName: 'Chi bộ Khu phố 3', cellName: 'Chi bộ Khu phố 3', groupMeeting: false },
      time: { startedLocal: '19 giờ 30 phút, ngày 03/12/2026', endedLocal: null },
      place: { mode: 'ONLINE', text: 'Họp trực tuyến, theo Hướng dẫn số 03-HD/TW ngày 27/12/2022 của Ban Bí thư', legalBasis: 'Hướng dẫn số 03-HD/TW ngày 27/12/2022 của Ban Bí thư' },
      members: { total: 10, official: 9, probationary: 1, exempt: 1, suspended: 0, transferred: 0, guests: 0 },
      present: { total: 7, inPerson: 0, online: 7, official: 6, probationary: 1 },
      rate: { present: 7, denominator: 9, percent: '77.78', thresholdPercent: 85, meetsThreshold: false },
      absentees: [{ memberId: 'm-4', fullName: 'Lê Thị Ốm', status: 'ABSENT_WITH_REASON', statusLabel: 'Vắng có lý do', reason: 'Ốm' }],
      chair: { fullName: 'Trần Quốc Hưng' },
      minuteTaker: { fullName: 'Nguyễn Thị Ngọc Ánh' },
      guests: [],
      guestsNote: '',
      agenda: [
        { itemId: 'item-1', position: 1, title: 'Thông tin thời sự', presenter: null, speakers: [{ memberId: 'm-7', fullName: 'Phạm Văn Bảy', startedAt: '2026-12-03T12:50:00Z' }], opinions: '<p>Ý kiến <b>đầu tiên</b></p>', conclusion: '' },
      ],
      votes: [
        { voteId: 'v-1', agendaItemId: 'item-1', subject: 'Nghị quyết tháng', decisionType: 'ORDINARY_RESOLUTION', mode: 'OPEN', yes: 6, no: 1, abstain: 0, denominator: 9, eligible: 7, rule: 'R14', threshold: 'MORE_THAN_HALF', passed: true, closedAt: '2026-12-03T13:30:00Z' },
      ],
      conclusions: '<p>Thống nhất.</p>',
      tasks: '',
      selfAssessment: '',
      groupRollUp: [],
      signatories: [
        { role: 'CHAIR', roleLabel: 'Chủ trì', fullName: 'Trần Quốc Hưng' },
        { role: 'MINUTE_TAKER', roleLabel: 'Thư ký', fullName: 'Nguyễn Thị Ngọc Ánh' },
      ],
    },
    sections: {
      conclusions: { key: 'conclusions', html: '<p>Thống nhất.</p>', version: 2, updatedBy: 'thuky', updatedAt: '2026-12-03T13:00:00Z' },
    },
    mayEdit: false,
    mayReadBack: false,
    mayAdopt: false,
    signAs: null,
    chairMayEdit: false,
    mayAllowChairEditing: false,
    readBackAt: null,
    adoptedAt: null,
    adoptionMethod: null,
    signatures: [],
    addenda: [],
    publication: { days: 2, dueBy: null, publishedAt: null, late: false, rule: 'R21' },
    autosaveMillis: 20,
    ...overrides,
  };
}
