import type { UnitKind } from './types';

/** Which kinds may sit below which (the Party's hierarchy). */
export const CHILD_KINDS: Record<UnitKind, UnitKind[]> = {
  COMMITTEE: ['COMMITTEE', 'GRASSROOTS', 'CELL'],
  GRASSROOTS: ['CELL'],
  CELL: ['PARTY_GROUP'],
  PARTY_GROUP: [],
};

export const PARENT_KINDS: Record<UnitKind, UnitKind[]> = {
  COMMITTEE: ['COMMITTEE'],
  GRASSROOTS: ['COMMITTEE'],
  CELL: ['COMMITTEE', 'GRASSROOTS'],
  PARTY_GROUP: ['CELL'],
};
