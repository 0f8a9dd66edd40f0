import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import type { Figures, MonthFigure } from '../types';

import { heatColour } from './heat';
import { ReviewDashboard } from './review-dashboard';

const none: Figures = {
  regularHeld: 0, thematicHeld: 0, groupMeetings: 0, shortMeetings: 0, heldMinutes: 0, onlineMeetings: 0, hybridMeetings: 0,
  minutesAdopted: 0, minutesOnTime: 0, counted: 0, present: 0, presentOnline: 0, presentInPerson: 0, absentWithReason: 0,
  absentWithoutReason: 0, exempt: 0,
};

function month(m: number, present: number, counted: number, extra: Partial<MonthFigure> = {}): MonthFigure {
  return {
    month: m,
    figures: { ...none, regularHeld: counted ? 1 : 0, counted, present },
    ratePercent: counted ? Math.round((present * 10000) / counted) / 100 : null,
    meetsThreshold: counted ? present * 100 >= 85 * counted : null,
    over: true,
    regularMissing: counted === 0,
    warnings: [],
    ...extra,
  };
}

const year = new Date().getFullYear();
const dashboard = {
  unitId: 'u-1', unitName: 'Đảng ủy phường', unitKind: 'GRASSROOTS', year, thresholdPercent: 85,
  cells: [
    {
      cellId: 'c-1', code: 'CB1', name: 'Chi bộ Khu phố 1',
      months: Array.from({ length: 12 }, (_, i) => (i === 2 ? month(3, 0, 0) : month(i + 1, i === 0 ? 18 : 24, 25))),
      quarters: [1, 2, 3, 4].map((q) => ({ quarter: q, thematicHeld: q === 1 ? 0 : 1, over: true, thematicMissing: q === 1 })),
      regularHeld: 11, regularRequired: 12, thematicHeld: 3, shortMeetings: 0, ratePercent: 90,
    },
  ],
  pilot: { onlineMeetings: 2, hybridMeetings: 1, presentOnline: 30, presentInPerson: 200 },
  minutesAdopted: 11, minutesOnTime: 9, regularHeld: 11,
};
const unexcused = [
  {
    memberId: 'm-3', fullName: 'Nguyễn Văn Ba', months: 3, level: 'REMOVAL_PROCEDURE', removalProcedure: true,
    detail: [2, 5, 8].map((m) => ({ month: m, cellId: 'c-1', cellName: 'Chi bộ Khu phố 1', outside: false, meetings: [{ meetingId: `x-${m}`, title: `Họp tháng ${m}`, startsAt: null }] })),
  },
];

describe('ReviewDashboard', () => {
  it('R12: colours a month by its rate against the threshold and marks a month without a regular meeting (R20)', () => {
    expect(heatColour(month(1, 24, 25), 85)).toBe('#52c41a55');
    expect(heatColour(month(1, 20, 25), 85)).toBe('#faad1455');
    expect(heatColour(month(1, 10, 25), 85)).toBe('#f5222d55');
    expect(heatColour(month(3, 0, 0), 85)).toBe('#f5222d22');
  });

  it('R11, R26: shows the heatmap, drills down to a member with 3 unexcused months and links the XLSX exports', async () => {
    const asked: string[] = [];
    mockApi(({ path, query }) => {
      asked.push(`${path}?${query.toString()}`);
      if (path === '/api/reporting/units/u-1/dashboard') return { body: dashboard };
      if (path === '/api/reporting/units/u-1/unexcused') return { body: unexcused };
      if (path === '/api/reporting/units/u-1/members/m-3')
        return {
          body: {
            memberId: 'm-3', fullName: 'Nguyễn Văn Ba', year, unexcusedMonths: 3, level: 'REMOVAL_PROCEDURE',
            meetings: [{ meetingId: 'x-2', cellId: 'c-1', cellName: 'Chi bộ Khu phố 1', title: 'Họp tháng 2', startsAt: `${year}-02-03T01:00:00Z`, status: 'ABSENT_WITHOUT_REASON' }],
          },
        };
      return undefined;
    });
    const user = userEvent.setup();
    renderApp(<ReviewDashboard units={[{ id: 'u-1', name: 'Đảng ủy phường' }]} />);

    expect(await screen.findByTestId('heat-CB1-1')).toHaveTextContent('72%');
    expect(screen.getByTestId('heat-CB1-3')).toHaveTextContent('✕');
    expect(screen.getByTestId('export-dashboard-xlsx')).toHaveAttribute(
      'href',
      `/api/reporting/units/u-1/export/dashboard?format=xlsx&year=${year}`,
    );
    expect(screen.getByTestId('export-evaluation-members-xlsx')).toHaveAttribute(
      'href',
      `/api/reporting/units/u-1/export/evaluation-members?format=xlsx&year=${year}`,
    );
    const list = screen.getByTestId('reporting-unexcused');
    expect(await within(list).findByText('Xem xét xóa tên (Điều 8.1)')).toBeInTheDocument();

    await user.click(within(list).getByTestId('unexcused-m-3'));
    expect(await screen.findByTestId('member-unexcused-months')).toHaveTextContent('3 tháng vắng không lý do');
    expect(await screen.findByText('Vắng không lý do')).toBeInTheDocument();
    expect(asked).toContain(`/api/reporting/units/u-1/members/m-3?year=${year}`);
  });
});
