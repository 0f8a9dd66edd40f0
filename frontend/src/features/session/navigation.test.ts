import { describe, expect, it } from 'vitest';

import { navigationFor, visibleNavigation } from './navigation';
import type { Role, Session } from './types';

function sessionWith(...roles: Role[]): Session {
  return {
    authenticated: true,
    user: {
      accountId: 'a-1',
      username: 'nguyenvana',
      displayName: 'Nguyễn Văn A',
      memberId: 'm-1',
      roles: roles.map((role) => ({ role, orgUnitId: 'ou-1', orgUnitName: 'Chi bộ Khu phố 1' })),
    },
  };
}

const keys = (session: Session) => navigationFor(session).map((item) => item.key);

describe('navigationFor', () => {
  it('gives an anonymous visitor only the home page', () => {
    expect(keys({ authenticated: false })).toEqual(['home']);
  });

  it('gives every signed-in member meetings and minutes', () => {
    expect(keys(sessionWith())).toEqual(['home', 'meetings', 'minutes']);
  });

  it.each<Role>(['SECRETARY', 'DEPUTY_SECRETARY', 'CELL_COMMITTEE', 'GROUP_LEADER'])(
    'gives %s the attendance, organisation and members of their cell',
    (role) => {
      expect(keys(sessionWith(role))).toEqual(['home', 'meetings', 'minutes', 'attendance', 'organisation', 'members']);
    },
  );

  it('gives a reviewer the review dashboard, online authorisations, the tree and the members below them', () => {
    expect(keys(sessionWith('REVIEWER'))).toEqual(['home', 'meetings', 'minutes', 'review', 'authorisations', 'organisation', 'members']);
  });

  it('gives an administrator online authorisations, organisation, members, accounts and the audit log', () => {
    expect(keys(sessionWith('ADMIN'))).toEqual([
      'home',
      'meetings',
      'minutes',
      'authorisations',
      'organisation',
      'members',
      'accounts',
      'audit',
    ]);
  });

  it('gives a plain member neither the tree nor accounts', () => {
    expect(keys(sessionWith())).not.toContain('organisation');
    expect(keys(sessionWith('GROUP_LEADER'))).not.toContain('accounts');
  });

  it('unites the menus of several roles without repeating an item', () => {
    expect(keys(sessionWith('SECRETARY', 'CELL_COMMITTEE', 'REVIEWER', 'ADMIN'))).toEqual([
      'home',
      'meetings',
      'minutes',
      'attendance',
      'review',
      'authorisations',
      'organisation',
      'members',
      'accounts',
      'audit',
    ]);
  });

  it('labels every item through an i18n key and links it to a path', () => {
    for (const item of navigationFor(sessionWith('ADMIN', 'REVIEWER', 'SECRETARY'))) {
      expect(item.labelKey).toBe(`nav.${item.key}`);
      expect(item.path.startsWith('/')).toBe(true);
    }
  });
});

describe('visibleNavigation', () => {
  it('links only pages that exist in this build', () => {
    const admin = sessionWith('ADMIN');
    expect(visibleNavigation(admin, new Set(['/'])).map((item) => item.key)).toEqual(['home']);
    expect(visibleNavigation(admin, new Set(['/', '/audit'])).map((item) => item.key)).toEqual([
      'home',
      'audit',
    ]);
  });
});
