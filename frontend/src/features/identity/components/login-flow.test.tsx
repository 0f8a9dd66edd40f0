import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, renderApp } from '@/testing/test-utils';

import { LoginFlow } from './login-flow';

/** Paste instead of per-key typing: the shared test machine is slow, and the forms do not care. */
async function typeInto(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function signIn(user: ReturnType<typeof userEvent.setup>, username = 'bithu', password = 'ChiBo@2026!') {
  await typeInto(user, screen.getByLabelText('Tên đăng nhập'), username);
  await typeInto(user, screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginFlow', () => {
  it('asks a secretary for her one-time code after the password, then lets her in', async () => {
    const calls: unknown[] = [];
    mockApi(({ method, path, body }) => {
      calls.push([method, path, body]);
      if (path === '/api/auth/login') return { body: { status: 'SECOND_FACTOR_REQUIRED' } };
      if (path === '/api/auth/second-factor') return { body: { status: 'AUTHENTICATED' } };
      return undefined;
    });
    const onAuthenticated = vi.fn();
    const user = userEvent.setup();
    renderApp(<LoginFlow onAuthenticated={onAuthenticated} />);

    await signIn(user);
    const code = await screen.findByLabelText('Mã xác thực 6 chữ số');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await waitFor(() => expect(code).toHaveFocus());
    await typeInto(user, code, '123 456');
    await user.click(screen.getByTestId('second-factor-submit'));

    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledOnce());
    expect(calls).toContainEqual(['POST', '/api/auth/login', { username: 'bithu', password: 'ChiBo@2026!' }]);
    expect(calls).toContainEqual(['POST', '/api/auth/second-factor', { code: '123456' }]);
  });

  it('accepts a recovery code instead of the app code', async () => {
    const codes: unknown[] = [];
    mockApi(({ path, body }) => {
      if (path === '/api/auth/second-factor') {
        codes.push(body);
        return { body: { status: 'AUTHENTICATED' } };
      }
      return undefined;
    });
    const onAuthenticated = vi.fn();
    const user = userEvent.setup();
    renderApp(<LoginFlow pending="SECOND_FACTOR_REQUIRED" onAuthenticated={onAuthenticated} />);

    await user.click(screen.getByTestId('use-recovery-code'));
    await typeInto(user, screen.getByLabelText('Mã khôi phục'), 'ab12-cd34-ef');
    await user.click(screen.getByTestId('second-factor-submit'));

    await waitFor(() => expect(onAuthenticated).toHaveBeenCalled());
    expect(codes).toEqual([{ code: 'ab12-cd34-ef' }]);
  });

  it('says plainly when the code was wrong, and announces it', async () => {
    mockApi(() => ({ status: 401, body: { status: 401, code: 'bad-second-factor', title: 'Unauthorized' } }));
    const user = userEvent.setup();
    renderApp(<LoginFlow pending="SECOND_FACTOR_REQUIRED" onAuthenticated={vi.fn()} />);

    await typeInto(user, screen.getByLabelText('Mã xác thực 6 chữ số'), '000000');
    await user.click(screen.getByTestId('second-factor-submit'));

    expect(await screen.findByTestId('second-factor-error')).toHaveTextContent('Mã xác thực không đúng');
    expect(screen.getByLabelText('Mã xác thực 6 chữ số')).toHaveValue('');
  });

  it.each([
    [401, 'bad-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.'],
    [423, 'account-locked', 'Tài khoản đang bị khóa'],
    [403, 'login-disabled', 'chưa được phép đăng nhập'],
  ])('explains a %s %s refusal', async (status, code, text) => {
    mockApi(() => ({ status, body: { status, code, title: 'refused' } }));
    const user = userEvent.setup();
    renderApp(<LoginFlow onAuthenticated={vi.fn()} />);

    await signIn(user);

    expect(await screen.findByTestId('login-error')).toHaveTextContent(text);
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('');
  });

  it('counts down the Retry-After of a throttled login and keeps the button off meanwhile', async () => {
    mockApi(() => ({ status: 429, body: { status: 429, code: 'too-many-attempts' }, headers: { 'Retry-After': '30' } }));
    const user = userEvent.setup();
    renderApp(<LoginFlow onAuthenticated={vi.fn()} />);

    await signIn(user);

    expect(await screen.findByTestId('login-error')).toHaveTextContent(/thử lại sau (30|29|28) giây/);
    expect(screen.getByTestId('login-submit')).toBeDisabled();
  });

  it('makes a user with a temporary password choose a new one, showing the server reasons by the field', async () => {
    let attempts = 0;
    mockApi(({ path }) => {
      if (path === '/api/auth/login') return { body: { status: 'PASSWORD_CHANGE_REQUIRED' } };
      if (path === '/api/auth/password') {
        attempts += 1;
        if (attempts === 1)
          return {
            status: 400,
            body: { status: 400, code: 'weak-password', errors: [{ field: 'newPassword', message: 'Mật khẩu quá phổ biến' }] },
          };
        return { body: { status: 'AUTHENTICATED' } };
      }
      return undefined;
    });
    const onAuthenticated = vi.fn();
    const user = userEvent.setup();
    renderApp(<LoginFlow onAuthenticated={onAuthenticated} />);
    await signIn(user, 'moi', 'Tam-thoi-123');

    expect(await screen.findByText('có ít nhất 10 ký tự')).toBeInTheDocument();
    await typeInto(user, screen.getByLabelText('Mật khẩu tạm thời'), 'Tam-thoi-123');
    await typeInto(user, screen.getByLabelText('Mật khẩu mới'), 'password123');
    await typeInto(user, screen.getByLabelText('Nhập lại mật khẩu mới'), 'password123');
    await user.click(screen.getByTestId('password-change-submit'));
    expect(await screen.findByTestId('password-change-error', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('Mật khẩu quá phổ biến')).toBeInTheDocument();
    expect(screen.getByTestId('password-change-error')).toHaveTextContent('Mật khẩu mới chưa đạt yêu cầu.');

    await user.clear(screen.getByLabelText('Mật khẩu mới'));
    await typeInto(user, screen.getByLabelText('Mật khẩu mới'), 'Sao-vang-2026');
    await user.clear(screen.getByLabelText('Nhập lại mật khẩu mới'));
    await typeInto(user, screen.getByLabelText('Nhập lại mật khẩu mới'), 'Sao-vang-2026');
    await user.click(screen.getByTestId('password-change-submit'));
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalled());
  }, 60_000);

  it('enrols a committee member: QR and secret, a confirming code, then the recovery codes once', async () => {
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `aaaa-bbbb-${String(i).padStart(2, '0')}`);
    let enrolments = 0;
    mockApi(({ path }) => {
      if (path === '/api/auth/totp/enrolment') {
        enrolments += 1;
        return { body: { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Chibo:admin?secret=JBSWY3DPEHPK3PXP' } };
      }
      if (path === '/api/auth/totp/enrolment/confirm') return { body: { recoveryCodes, status: 'AUTHENTICATED' } };
      return undefined;
    });
    const onAuthenticated = vi.fn();
    const user = userEvent.setup();
    renderApp(<LoginFlow pending="ENROLMENT_REQUIRED" onAuthenticated={onAuthenticated} />);

    expect(await screen.findByTestId('enrolment-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP');
    expect(screen.getByTestId('enrolment-qr')).toBeInTheDocument();
    await typeInto(user, screen.getByTestId('enrolment-code'), '654321');
    await user.click(screen.getByTestId('enrolment-confirm'));

    const list = await screen.findByTestId('recovery-codes');
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(screen.getByTestId('recovery-codes-continue')).toBeDisabled();
    await user.click(screen.getByText('Tôi đã lưu các mã khôi phục'));
    await user.click(screen.getByTestId('recovery-codes-continue'));
    expect(onAuthenticated).toHaveBeenCalled();
    expect(enrolments).toBe(1);
  });
});
