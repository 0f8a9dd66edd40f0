import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { AuditLog } from './audit-log';

describe('AuditLog', () => {
  it('lists entries newest first from page 0 and reports the first broken link of the chain', async () => {
    const pages: (string | null)[] = [];
    mockApi(({ path, query }) => {
      if (path === '/api/audit/entries') {
        pages.push(query.get('page'));
        return {
          body: {
            items: [{ seq: 42, at: '2026-03-03T12:30:00Z', actorUsername: 'admin', action: 'member-viewed', objectType: 'member', objectId: 'm-1', unitId: null, origin: 'web', details: null, hash: 'ab' }],
            total: 1, page: 0, size: 50,
          },
        };
      }
      if (path === '/api/audit/verification')
        return { body: { valid: false, entries: 42, firstBrokenSeq: 17, reason: 'hash mismatch', checkedAt: '2026-03-03T12:31:00Z' } };
      return undefined;
    });
    const user = userEvent.setup();
    renderApp(<AuditLog />);

    expect(await screen.findByText('member-viewed')).toBeInTheDocument();
    expect(pages[0]).toBe('0');
    await user.click(screen.getByTestId('audit-verify'));
    expect(await screen.findByTestId('audit-chain-broken')).toHaveTextContent('Chuỗi nhật ký bị đứt tại mục #17.');
  });
});
