import type { Unit } from './types';

export type UnitTreeNode = {
  key: string;
  unit: Unit;
  children: UnitTreeNode[];
};

/**
 * Nests the flat list the server sends. A unit whose parent the user cannot see becomes a root
 * (a secretary's tree starts at her cell).
 */
export function buildTree(units: readonly Unit[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const unit of units) nodes.set(unit.id, { key: unit.id, unit, children: [] });
  const roots: UnitTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Lower-case, without Vietnamese diacritics (đ → d), so "long an" finds "Long An". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** The units matching a search and every ancestor they need to be shown, plus those ancestors to expand. */
export function matchTree(units: readonly Unit[], query: string): { visible: Set<string>; expand: string[] } {
  const needle = fold(query.trim());
  const visible = new Set<string>();
  const expand = new Set<string>();
  if (!needle) return { visible: new Set(units.map((unit) => unit.id)), expand: [] };
  for (const unit of units) {
    if (fold(unit.name).includes(needle) || fold(unit.code).includes(needle)) {
      visible.add(unit.id);
      for (const ancestor of unit.path) {
        visible.add(ancestor);
        expand.add(ancestor);
      }
    }
  }
  return { visible, expand: [...expand] };
}
