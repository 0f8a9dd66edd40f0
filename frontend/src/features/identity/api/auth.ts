import { api } from '@/lib/api-client';

import type { Enrolment, EnrolmentConfirmation, LoginAnswer } from '../types';

export function login(username: string, password: string) {
  return api.post<LoginAnswer>('/api/auth/login', { username, password });
}

export function verifySecondFactor(code: string) {
  return api.post<LoginAnswer>('/api/auth/second-factor', { code });
}

/** 204 outside a login; inside one (PASSWORD_CHANGE_REQUIRED) the next step. */
export function changePassword(currentPassword: string, newPassword: string) {
  return api.post<LoginAnswer | undefined>('/api/auth/password', { currentPassword, newPassword });
}

export function startEnrolment() {
  return api.post<Enrolment>('/api/auth/totp/enrolment');
}

export function confirmEnrolment(code: string) {
  return api.post<EnrolmentConfirmation>('/api/auth/totp/enrolment/confirm', { code });
}
