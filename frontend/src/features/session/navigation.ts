import type { Role, Session } from './types';

export type NavigationKey =
  | 'home'
  | 'meetings'
  | 'minutes'
  | 'attendance'
  | 'review'
  | 'organisation'
  | 'members'
  | 'accounts'
  | 'audit'
  | 'authorisations';

export type NavigationItem = {
  key: NavigationKey;
  path: string;
  /** i18n key of the label. */
  labelKey: `nav.${NavigationKey}`;
};

type Audience = 'everyone' | 'authenticated' | readonly Role[];

const CELL_LEADERSHIP: readonly Role[] = ['SECRETARY', 'DEPUTY_SECRETARY', 'CELL_COMMITTEE', 'GROUP_LEADER'];
/** Every role that reads part of the organisation tree and its members (docs/access.md). */
export const ORGANISATION_READERS: readonly Role[] = ['ADMIN', 'REVIEWER', ...CELL_LEADERSHIP];
export const ADMINISTRATORS: readonly Role[] = ['ADMIN'];
/** Who may arrange meetings (docs/meetings.md: a cell's secretary or deputy, a group's leader). */
export const MEETING_ORGANISERS: readonly Role[] = ['SECRETARY', 'DEPUTY_SECRETARY', 'GROUP_LEADER'];
/** Who records online authorisations (R1) for the units below them. */
export const AUTHORISATION_KEEPERS: readonly Role[] = ['REVIEWER', 'ADMIN'];
/** Who reads the committee's review of a subtree (docs/reporting.md; the server checks every request). */
export const REVIEWERS: readonly Role[] = ['REVIEWER'];

// Order here is the order in the menu.
const CATALOGUE: ReadonlyArray<NavigationItem & { audience: Audience }> = [
  { key: 'home', path: '/', labelKey: 'nav.home', audience: 'everyone' },
  { key: 'meetings', path: '/meetings', labelKey: 'nav.meetings', audience: 'authenticated' },
  { key: 'minutes', path: '/minutes', labelKey: 'nav.minutes', audience: 'authenticated' },
  { key: 'attendance', path: '/attendance', labelKey: 'nav.attendance', audience: CELL_LEADERSHIP },
  { key: 'review', path: '/review', labelKey: 'nav.review', audience: REVIEWERS },
  { key: 'authorisations', path: '/online-authorisations', labelKey: 'nav.authorisations', audience: AUTHORISATION_KEEPERS },
  { key: 'organisation', path: '/organisation', labelKey: 'nav.organisation', audience: ORGANISATION_READERS },
  { key: 'members', path: '/members', labelKey: 'nav.members', audience: ORGANISATION_READERS },
  { key: 'accounts', path: '/accounts', labelKey: 'nav.accounts', audience: ADMINISTRATORS },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', audience: ADMINISTRATORS },
];

function admits(audience: Audience, session: Session): boolean {
  if (audience === 'everyone') return true;
  if (!session.authenticated) return false;
  if (audience === 'authenticated') return true;
  return session.user.roles.some((grant) => audience.includes(grant.role));
}

/**
 * The menu a session is entitled to, by role. A convenience only: the server checks every request.
 */
export function navigationFor(session: Session): NavigationItem[] {
  return CATALOGUE.filter((item) => admits(item.audience, session)).map(({ key, path, labelKey }) => ({
    key,
    path,
    labelKey,
  }));
}

/**
 * What the shell actually links: the entitled items whose page exists in this build, so no link
 * ever leads to a page that has not landed yet.
 */
export function visibleNavigation(session: Session, mountedPaths: ReadonlySet<string>): NavigationItem[] {
  return navigationFor(session).filter((item) => mountedPaths.has(item.path));
}
