import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { monthLabel } from '../month';

import { CellAbsencesPage } from './cell-absences-page';
import { MemberAttendancePage } from './member-attendance-page';

vi.setConfig({ testTimeout: 120_000 });

const links = { meeting: (id: string) => `/meetings/${id}`, memberAttendance: (id: string) => `/members/${id}/attendance` };
const year = new Date().getFullYear();
const ref = (id: string, startsAt: string, groupMeeting = false) => ({ meetingId: id, title: 'Sinh hoạt', startsAt, unitId: 'u', groupMeeting });

describe('R11 absences', () => {
  it('lists the cell members at two and three months with the meetings behind each month', async () => {
    mockApi((request) =>
      request.path === '/api/cells/cell-1/absences' && request.query.get('year') === String(year)
        ? {
            body: {
              cellId: 'cell-1', cellName: 'Chi bộ Công ty Xây dựng Long An', year, warnAt: 2, removalProcedureAt: 3, rule: 'R11',
              members: [
                { memberId: 'm-12', fullName: 'Võ Văn Mười Hai', months: 3, level: 'REMOVAL_PROCEDURE', warnedAt: '2026-09-03T13:00:00Z', removalFlaggedAt: '2026-11-03T13:00:00Z',
                  detail: [
                    { month: `${year}-07`, meetings: [ref('a', `${year}-07-03T12:30:00Z`)] },
                    { month: `${year}-09`, meetings: [ref('b', `${year}-09-03T12:30:00Z`), ref('c', `${year}-09-15T12:30:00Z`)] },
                    { month: `${year}-11`, meetings: [ref('d', `${year}-11-03T12:30:00Z`, true)] },
                  ] },
                { memberId: 'm-19', fullName: 'Đỗ Thị Mười Chín', months: 2, level: 'WARNING', warnedAt: '2026-10-03T13:00:00Z', removalFlaggedAt: null,
                  detail: [
                    { month: `${year}-08`, meetings: [ref('e', `${year}-08-03T12:30:00Z`)] },
                    { month: `${year}-10`, meetings: [ref('f', `${year}-10-03T12:30:00Z`)] },
                  ] },
              ],
            },
          }
        : undefined,
    );
    renderApp(<CellAbsencesPage cellId="cell-1" links={links} />);
    const members = await screen.findAllByTestId('absence-member', {}, { timeout: 10_000 });
    expect(members.map((m) => m.dataset.months)).toEqual(['3', '2']);
    expect(screen.getByText('Xem xét xóa tên (Điều 8.1)')).toBeInTheDocument();
    expect(screen.getByText('Cảnh báo: 2 tháng')).toBeInTheDocument();
    expect(screen.getByText(`Tháng 9/${year}:`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `03/11/${year} (tổ đảng)` })).toHaveAttribute('href', '/meetings/d');
    expect(screen.getByRole('link', { name: 'Võ Văn Mười Hai' })).toHaveAttribute('href', '/members/m-12/attendance');
  });

  it('shows a member their year with each confirmed roll and their months', async () => {
    mockApi((request) =>
      request.path === '/api/members/m-19/attendance'
        ? {
            body: {
              memberId: 'm-19', fullName: 'Đỗ Thị Mười Chín', cellId: 'cell-1', year, rule: 'R11', unexcusedMonths: 2, level: 'WARNING',
              warnAt: 2, removalProcedureAt: 3,
              months: [{ month: `${year}-08`, meetings: [] }, { month: `${year}-10`, meetings: [] }],
              meetings: [
                { meetingId: 'e', title: 'Sinh hoạt chi bộ thường kỳ tháng 8', kind: 'REGULAR', startsAt: `${year}-08-03T12:30:00Z`, unitId: 'u', groupMeeting: false, confirmed: true, status: 'ABSENT_WITHOUT_REASON', reason: null, corrected: false },
                { meetingId: 'g', title: 'Sinh hoạt chi bộ thường kỳ tháng 9', kind: 'REGULAR', startsAt: `${year}-09-03T12:30:00Z`, unitId: 'u', groupMeeting: false, confirmed: true, status: 'ABSENT_WITH_REASON', reason: 'Đi công tác', corrected: true },
              ],
            },
          }
        : undefined,
    );
    renderApp(<MemberAttendancePage memberId="m-19" links={links} />);
    expect(await screen.findByTestId('member-unexcused', {}, { timeout: 10_000 })).toHaveTextContent(
      `Vắng không lý do 2 tháng trong năm 8/${year}, 10/${year}`,
    );
    expect(screen.getAllByTestId('history-status').map((tag) => tag.textContent)).toEqual(['Vắng không lý do', 'Vắng có lý do']);
    expect(screen.getByText('Đã đính chính')).toBeInTheDocument();
    expect(screen.getByText('Đi công tác')).toBeInTheDocument();
  });

  it('writes a month as Party records do', () => {
    expect(monthLabel('2026-03')).toBe('3/2026');
  });
});
