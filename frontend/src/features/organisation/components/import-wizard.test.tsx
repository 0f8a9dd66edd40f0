import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { ImportWizard } from './import-wizard';

const cell = {
  id: 'cell-1', kind: 'CELL', code: 'CB-XDLA', name: 'Chi bộ Công ty Xây dựng Long An', parentId: null, path: [],
  validFrom: '2020-01-01', dissolvedAt: null, leaderMemberId: null, deputyMemberId: null, memberCount: 30,
};

function uploadInput() {
  return screen.getByTestId('import-upload').querySelector('input[type="file"]') as HTMLInputElement;
}

describe('ImportWizard', () => {
  it('shows the report of a file with mistakes and refuses to commit it', async () => {
    let sent: FormData | undefined;
    mockApi(({ path, init }) => {
      if (path === '/api/organisation/units') return { body: [cell] };
      if (path === '/api/organisation/imports') {
        sent = init.body as FormData;
        return {
          body: {
            id: 'imp-1', fileName: 'sai.csv', rows: 3, valid: false,
            errors: [
              { row: 2, column: 'date_of_birth', message: 'Ngày không hợp lệ: 31/02/1990' },
              { row: 3, column: 'full_name', message: 'Thiếu họ tên' },
            ],
            summary: { create: 1, update: 0, unchanged: 0 },
          },
        };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp(<ImportWizard membersLink={(id) => `/members?unitId=${id}`} />, { path: '/members/import?unitId=cell-1' });

    await user.upload(uploadInput(), new File(['card_number,full_name\n'], 'sai.csv', { type: 'text/csv' }));

    expect(await screen.findByTestId('import-invalid')).toHaveTextContent('Tệp có 2 lỗi');
    expect(sent?.get('unitId')).toBe('cell-1');
    expect((sent?.get('file') as File).name).toBe('sai.csv');
    const rows = within(screen.getByTestId('import-errors')).getAllByTestId('import-error-row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('full_name');
    expect(screen.getByTestId('import-count-create')).toHaveTextContent('1');
    expect(screen.getByTestId('import-commit')).toBeDisabled();
  });

  it('commits a valid file and shows what was created', async () => {
    const committed: string[] = [];
    mockApi(({ path }) => {
      if (path === '/api/organisation/units') return { body: [cell] };
      if (path === '/api/organisation/imports')
        return { body: { id: 'imp-2', fileName: 'dung.csv', rows: 2, valid: true, errors: [], summary: { create: 2, update: 0, unchanged: 0 } } };
      if (path === '/api/organisation/imports/imp-2/commit') {
        committed.push(path);
        return { body: { created: 2, updated: 0, unchanged: 0 } };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp(<ImportWizard membersLink={(id) => `/members?unitId=${id}`} />, { path: '/members/import?unitId=cell-1' });

    await user.upload(uploadInput(), new File(['x'], 'dung.csv', { type: 'text/csv' }));
    await user.click(await screen.findByTestId('import-commit'));

    expect(await screen.findByTestId('import-result')).toHaveTextContent('Thêm mới 2, cập nhật 0, không đổi 0.');
    expect(committed).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Đã nhập xong' })).toHaveFocus());
  });
});
