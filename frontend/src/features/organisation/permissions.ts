import type { Grant, Unit } from './types';

/**
 * What the signed-in user may do on a unit, mirroring docs/access.md so the UI offers only what the
 * server will accept. Never a substitute for the server's check.
 */
function holdsOn(grants: readonly Grant[], roles: readonly string[], unit: Pick<Unit, 'id' | 'path'>): boolean {
  return grants.some(
    (grant) => roles.includes(grant.role) && (grant.orgUnitId === unit.id || unit.path.includes(grant.orgUnitId)),
  );
}

export type UnitPermissions = {
  administer: boolean;
  changeMembers: boolean;
  importMembers: boolean;
  exportMembers: boolean;
};

const CELL_OFFICERS = ['SECRETARY', 'DEPUTY_SECRETARY'];

export function permissionsOn(grants: readonly Grant[], unit: Pick<Unit, 'id' | 'path'> | undefined): UnitPermissions {
  if (!unit) return { administer: false, changeMembers: false, importMembers: false, exportMembers: false };
  const admin = holdsOn(grants, ['ADMIN'], unit);
  const officer = holdsOn(grants, CELL_OFFICERS, unit);
  return {
    administer: admin,
    changeMembers: admin || officer,
    importMembers: admin || officer,
    exportMembers: admin || officer || holdsOn(grants, ['REVIEWER', 'CELL_COMMITTEE'], unit),
  };
}

export function isAdministrator(grants: readonly Grant[]): boolean {
  return grants.some((grant) => grant.role === 'ADMIN');
}
