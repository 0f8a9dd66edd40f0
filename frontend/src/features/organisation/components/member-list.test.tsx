import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { MemberList } from './member-list';

const cell = {
  id: 'cell-1', kind: 'CELL', code: 'CB-XDLA', name: 'Chi bộ Công ty Xây dựng Long An', parentId: null, path: [],
  validFrom: '2020-01-01', dissolvedAt: null, leaderMemberId: null, deputyMemberId: null, memberCount: 2,
};
const member = (id: string, fullName: string, status = 'OFFICIAL') => ({
  id, fullName, status, cardNumber: `0${id}`, cellId: 'cell-1', cellName: cell.name, groupId: null, groupName: null,
  dateOfBirth: null, admissionDate: '2010-05-19', officialDate: null, flags: [], version: 1,
});
const links = { members: (id: string) => `/members?unitId=${id}`, import: (id: string) => `/members/import?unitId=${id}`, member: (id: string) => `/members/${id}` };

describe('MemberList', () => {
  it("shows the secretary her cell's members and asks the server again, debounced, when she searches", async () => {
    const queries: string[] = [];
    mockApi(({ path, query }) => {
      if (path === '/api/organisation/units') return { body: [cell] };
      if (path === '/api/organisation/members') {
        queries.push(query.toString());
        const items = query.get('q') ? [member('2', 'Trần Thị Ánh', 'PROBATIONARY')] : [member('1', 'Nguyễn Văn An'), member('2', 'Trần Thị Ánh', 'PROBATIONARY')];
        return { body: { items, total: items.length, page: 0, size: 20 } };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp(<MemberList grants={[{ role: 'SECRETARY', orgUnitId: 'cell-1' }]} links={links} />, { path: '/members' });

    expect(await screen.findByText('Nguyễn Văn An')).toHaveAttribute('href', '/members/1');
    expect(screen.getAllByTestId('member-row')).toHaveLength(2);
    expect(screen.getByText('Dự bị')).toBeInTheDocument();
    expect(screen.getByTestId('members-export-csv')).toHaveAttribute('href', '/api/organisation/units/cell-1/members/export?format=csv');
    expect(screen.getByTestId('members-import-link')).toBeInTheDocument();

    await user.click(screen.getByTestId('member-search'));
    await user.paste('anh');
    await waitFor(() => expect(screen.getAllByTestId('member-row')).toHaveLength(1));
    expect(queries.at(-1)).toContain('q=anh');
    expect(queries.at(-1)).toContain('page=0');
    expect(queries.filter((q) => q.includes('q=a')).length).toBe(1);
  });

  it('offers a reviewer export but no import', async () => {
    mockApi(({ path }) => {
      if (path === '/api/organisation/units') return { body: [cell] };
      if (path === '/api/organisation/members') return { body: { items: [], total: 0, page: 0, size: 20 } };
      return undefined;
    });
    renderApp(<MemberList grants={[{ role: 'REVIEWER', orgUnitId: 'cell-1' }]} links={links} />, { path: '/members' });

    expect(await screen.findByTestId('members-export-xlsx')).toBeInTheDocument();
    expect(screen.queryByTestId('members-import-link')).not.toBeInTheDocument();
  });
});
