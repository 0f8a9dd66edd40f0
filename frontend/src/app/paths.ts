/**
 * Every page this build mounts. Navigation links only these, so a menu item appears the day its
 * page lands (see visibleNavigation in the session feature).
 */
export const paths = {
  home: '/',
} as const;

export const mountedPaths: ReadonlySet<string> = new Set(Object.values(paths));
