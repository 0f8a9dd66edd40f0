import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp, type MockRequest } from '@/testing/test-utils';

import type { Pickers } from '../types';

import { AuthorisationsPage } from './authorisations-page';

vi.setConfig({ testTimeout: 120_000 });

const pickers: Pickers = {
  unit: ({ testId, onChange }) => (
    <button type="button" data-testid={testId} onClick={() => onChange?.('cell-xd')}>
      CB-XAYDUNG
    </button>
  ),
  member: ({ testId, onChange }) => (
    <button type="button" data-testid={testId} onClick={() => onChange?.(`m-${Math.random().toString(36).slice(2, 8)}`, 'Đảng viên')}>
      +
    </button>
  ),
};

const authorisation = {
  id: 'auth-1', unitId: 'cell-xd', referenceNumber: '125-QĐ/TU', issuedOn: '2026-01-05', issuer: 'Thành ủy Tân An',
  validFrom: '2026-01-05', validTo: '2099-06-30', reasonCategory: 'DISPERSED_WORK', reasonNote: null,
  unableMemberIds: Array.from({ length: 18 }, (_, i) => `m-${i}`), countedMembers: 29, moreThanHalf: true, revokedAt: null, revokedReason: null,
};

describe('AuthorisationsPage', () => {
  it('lists a unit\'s authorisations, shows the R2 "more than half" count live while recording, and revokes with a reason', async () => {
    const calls: MockRequest[] = [];
    mockApi((request) => {
      calls.push(request);
      if (request.method === 'GET' && request.path === '/api/online-authorisations') return { body: [authorisation] };
      if (request.path === '/api/online-authorisations/check') {
        const unable = (request.body as { unableMemberIds: string[] }).unableMemberIds.length;
        return { body: { unableMembers: unable, countedMembers: 3, moreThanHalf: unable * 2 > 3 } };
      }
      if (request.path === '/api/online-authorisations/auth-1/revoke') return { body: { ...authorisation, revokedAt: '2026-11-27T00:00:00Z' } };
      return undefined;
    });
    renderApp(<AuthorisationsPage pickers={pickers} canRecord />, { path: '/online-authorisations' });

    fireEvent.click(await screen.findByTestId('authorisation-unit'));
    const row = await screen.findByTestId('authorisation-row', {}, { timeout: 10_000 });
    expect(row).toHaveTextContent('125-QĐ/TU');
    expect(row).toHaveTextContent('18/29');
    expect(calls[0].query.get('unitId')).toBe('cell-xd');

    // Recording: the server counts as members are picked (R2).
    fireEvent.click(screen.getByTestId('authorisation-record'));
    const first = await screen.findByTestId('authorisation-check', {}, { timeout: 10_000 });
    expect(first).toHaveAttribute('data-more-than-half', 'false');
    expect(first).toHaveTextContent('0/3');
    fireEvent.click(screen.getByTestId('authorisation-unable-picker'));
    fireEvent.click(await screen.findByTestId('authorisation-unable-picker'));
    await waitFor(() => expect(screen.getByTestId('authorisation-check')).toHaveAttribute('data-more-than-half', 'true'), { timeout: 10_000 });
    expect(screen.getByTestId('authorisation-check')).toHaveTextContent('Đạt điều kiện "quá nửa" (R2)');
    expect(within(screen.getByTestId('authorisation-unable')).getAllByTestId('authorisation-unable-tag')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));

    // Revoking asks for the reason.
    fireEvent.click(screen.getByTestId('authorisation-revoke'));
    fireEvent.change(await screen.findByTestId('authorisation-revoke-reason'), { target: { value: 'Chi bộ đã ổn định địa bàn' } });
    fireEvent.click(screen.getByTestId('authorisation-revoke-submit'));
    await waitFor(() => expect(calls.some((call) => call.path === '/api/online-authorisations/auth-1/revoke')).toBe(true), { timeout: 10_000 });
    expect(calls.find((call) => call.path === '/api/online-authorisations/auth-1/revoke')?.body).toEqual({ reason: 'Chi bộ đã ổn định địa bàn' });
  });
});
