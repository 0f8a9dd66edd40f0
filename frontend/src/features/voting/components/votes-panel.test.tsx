import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import type { Vote, VotesContext } from '../types';

import { VotesPanel } from './votes-panel';

const MEETING = 'meeting-1';
const LIST = `/api/meetings/${MEETING}/votes`;

const context: VotesContext = {
  meetingId: MEETING,
  live: true,
  manage: false,
  agenda: [{ id: 'item-1', title: 'Nghị quyết tháng 12' }],
  currentItemId: 'item-1',
};

function vote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: 'vote-1',
    meetingId: MEETING,
    agendaItemId: 'item-1',
    subject: 'Thông qua nghị quyết tháng 12',
    decisionType: 'ORDINARY_RESOLUTION',
    mode: 'SECRET',
    personName: null,
    cellWide: false,
    state: 'OPEN',
    openedAt: '2026-12-03T12:40:00Z',
    closedAt: null,
    threshold: 'MORE_THAN_HALF',
    rule: 'R14',
    denominatorRule: 'R14',
    denominator: 23,
    denominatorDetail: { summonedOfficial: 25, transferred: 1, suspended: 0, exemptAbsent: 1, exemptPresent: 0, excused: 0, value: 23, cellWide: false },
    eligible: 19,
    cast: 7,
    result: null,
    ballotsDigest: null,
    me: { elector: true, mayCast: true, reason: null, voted: false, choice: null },
    mayManage: false,
    ...overrides,
  };
}

describe('VotesPanel', () => {
  it('lets an eligible member choose with big buttons, confirm, and keep the secret ballot receipt', async () => {
    let voted = false;
    const fetchMock = mockApi(({ method, path, body }) => {
      if (method === 'GET' && path === LIST) {
        return { body: [vote(voted ? { cast: 8, me: { elector: true, mayCast: true, reason: null, voted: true, choice: null } } : {})] };
      }
      if (method === 'POST' && path === '/api/votes/vote-1/ballots') {
        expect(body).toEqual({ choice: 'NO' });
        voted = true;
        return { status: 201, body: { voteId: 'vote-1', mode: 'SECRET', receipt: 'K7QZ-3MPA-W2XD-R5TB' } };
      }
      return undefined;
    });
    renderApp(<VotesPanel context={context} />);
    expect(await screen.findByTestId('vote-progress')).toHaveTextContent('Đã biểu quyết: 7/19 đảng viên');
    expect(screen.getByText(/mẫu số 23 \(R14\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Không tán thành' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Bạn chọn "Không tán thành"/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByText(/K7QZ-3MPA-W2XD-R5TB/)).toBeInTheDocument();
    expect(screen.getByTestId('vote-done')).toHaveTextContent('Bạn đã bỏ phiếu kín.');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });

  it('tells a probationary member why they cannot vote and shows no buttons (R13)', async () => {
    mockApi(({ path }) =>
      path === LIST ? { body: [vote({ me: { elector: true, mayCast: false, reason: 'PROBATIONARY', voted: false, choice: null } })] } : undefined,
    );
    renderApp(<VotesPanel context={context} />);
    expect(await screen.findByTestId('vote-ineligible')).toHaveTextContent('Đảng viên dự bị được dự họp, phát biểu nhưng không biểu quyết.');
    expect(screen.queryByRole('button', { name: 'Tán thành' })).not.toBeInTheDocument();
  });

  it('shows a refused second ballot plainly', async () => {
    mockApi(({ method, path }) => {
      if (path === LIST) return { body: [vote({ mode: 'OPEN' })] };
      if (method === 'POST') return { status: 409, body: { status: 409, code: 'ballot-already-cast', rule: 'R16', detail: 'x' } };
      return undefined;
    });
    renderApp(<VotesPanel context={context} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tán thành' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByTestId('vote-error')).toHaveTextContent('Bạn đã biểu quyết rồi');
  });

  it('shows each result with numerator, denominator, rule and whether it passed (R14, R15)', async () => {
    mockApi(({ path }) =>
      path === LIST
        ? {
            body: [
              vote({ state: 'CLOSED', result: { yes: 12, no: 5, abstain: 2, passed: true }, ballotsDigest: 'abc123' }),
              vote({
                id: 'vote-2',
                state: 'CLOSED',
                mode: 'OPEN',
                decisionType: 'ADMISSION_RECOMMENDATION',
                subject: 'Kết nạp quần chúng',
                personName: 'Trần Thị Quần Chúng',
                threshold: 'AT_LEAST_TWO_THIRDS',
                rule: 'R15',
                result: { yes: 15, no: 4, abstain: 0, passed: false },
              }),
            ],
          }
        : undefined,
    );
    renderApp(<VotesPanel context={context} />);
    const cards = await screen.findAllByTestId('vote-result');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveAttribute('data-passed', 'true');
    expect(within(cards[0]).getByTestId('vote-fraction')).toHaveTextContent('Tán thành 12/23 đảng viên chính thức được triệu tập');
    expect(within(cards[0]).getByText('Thông qua')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Không thông qua')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Từ 2/3 trở lên (R15)')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Về đồng chí: Trần Thị Quần Chúng')).toBeInTheDocument();
  });

  it('shows a congress that lacks two thirds of its summoned members (R17)', async () => {
    mockApi(({ path }) => {
      if (path === LIST) return { body: [] };
      if (path === `/api/meetings/${MEETING}/congress-quorum`) {
        return { body: { meetingId: MEETING, congress: true, summoned: 30, present: 18, required: 20, met: false, rule: 'R17' } };
      }
      return undefined;
    });
    renderApp(<VotesPanel context={context} />);
    expect(await screen.findByTestId('congress-quorum')).toHaveTextContent('mới có 18/30 đảng viên được triệu tập có mặt, cần 20');
  });

  it('lets the chair open a vote on the current agenda item', async () => {
    const opened: unknown[] = [];
    mockApi(({ method, path, body }) => {
      if (method === 'GET' && path === LIST) return { body: opened.length ? [vote({ mayManage: true })] : [] };
      if (method === 'POST' && path === LIST) {
        opened.push(body);
        return { status: 201, body: vote({ mayManage: true }) };
      }
      return undefined;
    });
    renderApp(<VotesPanel context={{ ...context, manage: true }} />);
    await userEvent.click(await screen.findByText('Mở biểu quyết', { selector: '.ant-collapse-header *' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mở biểu quyết' }));
    await waitFor(() => expect(opened).toEqual([{ agendaItemId: 'item-1', decisionType: 'ORDINARY_RESOLUTION', mode: 'OPEN' }]));
    expect(await screen.findByTestId('vote-close')).toBeInTheDocument();
  });

  it('refreshes the votes at once when the room announces a vote event, and not for other modules\' events', async () => {
    let gets = 0;
    mockApi(({ method, path }) => {
      if (method === 'GET' && path === LIST) {
        gets += 1;
        return { body: [vote({ cast: 6 + gets })] };
      }
      if (method === 'GET' && path === `/api/meetings/${MEETING}/congress-quorum`) {
        return { body: { meetingId: MEETING, congress: false, summoned: 25, present: 20, required: 17, met: null } };
      }
      return undefined;
    });
    function Room() {
      const [announcement, setAnnouncement] = useState<{ type: string; seq: number } | null>(null);
      return (
        <>
          <button onClick={() => setAnnouncement({ type: 'minutes-draft-changed', seq: 41 })}>minutes</button>
          <button onClick={() => setAnnouncement({ type: 'vote-progress', seq: 42 })}>vote</button>
          <VotesPanel context={{ ...context, announcement }} />
        </>
      );
    }
    renderApp(<Room />);
    await screen.findByText(/7/);
    expect(gets).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'minutes' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gets).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'vote' }));
    await waitFor(() => expect(gets).toBe(2));
  });
});
