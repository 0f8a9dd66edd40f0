import { describe, expect, it } from 'vitest';

import { permissionsOn } from './permissions';
import { buildTree, fold, matchTree } from './tree';
import type { Unit } from './types';

function unit(id: string, parentId: string | null, name: string, kind: Unit['kind'], path: string[]): Unit {
  return { id, parentId, name, kind, path, code: id.toUpperCase(), validFrom: '2020-01-01', dissolvedAt: null, leaderMemberId: null, deputyMemberId: null, memberCount: 0 };
}

const units = [
  unit('city', null, 'Thành ủy Tân An', 'COMMITTEE', []),
  unit('ward', 'city', 'Đảng bộ Phường 1', 'GRASSROOTS', ['city']),
  unit('cell', 'ward', 'Chi bộ Công ty Xây dựng Long An', 'CELL', ['city', 'ward']),
  unit('group', 'cell', 'Tổ đảng số 1', 'PARTY_GROUP', ['city', 'ward', 'cell']),
  unit('other', 'city', 'Chi bộ Khu phố Bình Định', 'CELL', ['city']),
];

describe('the organisation tree', () => {
  it('nests the flat list under its parents', () => {
    const [root] = buildTree(units);
    expect(root.unit.id).toBe('city');
    expect(root.children.map((node) => node.key)).toEqual(['ward', 'other']);
    expect(root.children[0].children[0].children[0].key).toBe('group');
  });

  it("starts a secretary's tree at her cell when she cannot see its parents", () => {
    const roots = buildTree(units.filter((item) => ['cell', 'group'].includes(item.id)));
    expect(roots.map((node) => node.key)).toEqual(['cell']);
  });

  it('finds units without diacritics and opens the path to them', () => {
    expect(fold('Đảng bộ Phường')).toBe('dang bo phuong');
    const match = matchTree(units, 'xay dung long an');
    expect([...match.visible].sort()).toEqual(['cell', 'city', 'ward']);
    expect(match.expand.sort()).toEqual(['city', 'ward']);
  });
});

describe('permissions on a unit', () => {
  const cell = units[2];

  it('lets an administrator of an ancestor administer, import and export', () => {
    expect(permissionsOn([{ role: 'ADMIN', orgUnitId: 'city' }], cell)).toEqual({
      administer: true,
      changeMembers: true,
      importMembers: true,
      exportMembers: true,
    });
  });

  it('lets the secretary import into her cell but not administer the tree', () => {
    const can = permissionsOn([{ role: 'SECRETARY', orgUnitId: 'cell' }], cell);
    expect(can.importMembers).toBe(true);
    expect(can.administer).toBe(false);
  });

  it('lets a reviewer export only, and grants nothing on a unit outside the subtree', () => {
    expect(permissionsOn([{ role: 'REVIEWER', orgUnitId: 'ward' }], cell)).toMatchObject({ exportMembers: true, importMembers: false });
    expect(permissionsOn([{ role: 'ADMIN', orgUnitId: 'other' }], cell).administer).toBe(false);
  });
});
