/**
 * Every page this build mounts. Navigation links only these, so a menu item appears the day its
 * page lands (see visibleNavigation in the session feature).
 */
export const paths = {
  home: '/',
  login: '/login',
  security: '/security',
  organisation: '/organisation',
  members: '/members',
  memberImport: '/members/import',
  member: '/members/:id',
  accounts: '/accounts',
  audit: '/audit',
  meetings: '/meetings',
  meetingNew: '/meetings/new',
  meeting: '/meetings/:id',
  meetingEdit: '/meetings/:id/edit',
  authorisations: '/online-authorisations',
  meetingRoom: '/meetings/:id/room',
  meetingRollCall: '/meetings/:id/roll-call',
  memberAttendance: '/members/:id/attendance',
  cellAbsences: '/cells/:id/absences',
  meetingMinutes: '/meetings/:id/minutes',
  review: '/review',
} as const;

export const mountedPaths: ReadonlySet<string> = new Set(Object.values(paths));

export const links = {
  login: (next?: string) => (next && next !== '/' ? `${paths.login}?next=${encodeURIComponent(next)}` : paths.login),
  member: (id: string) => `/members/${id}`,
  members: (unitId?: string) => (unitId ? `${paths.members}?unitId=${unitId}` : paths.members),
  memberImport: (unitId?: string) => (unitId ? `${paths.memberImport}?unitId=${unitId}` : paths.memberImport),
  unit: (unitId: string) => `${paths.organisation}?unit=${unitId}`,
  meeting: (id: string) => `/meetings/${id}`,
  meetingEdit: (id: string) => `/meetings/${id}/edit`,
  /** The live room is its own feature's page; meetings only link to it. */
  meetingRoom: (id: string) => `/meetings/${id}/room`,
  meetingRollCall: (id: string) => `/meetings/${id}/roll-call`,
  memberAttendance: (id: string) => `/members/${id}/attendance`,
  cellAbsences: (cellId: string) => `/cells/${cellId}/absences`,
  meetingMinutes: (id: string) => `/meetings/${id}/minutes`,
};

/**
 * Where to go after login: only a path inside this app (never another origin, never back to the
 * login page itself).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return paths.home;
  return next;
}
