import type { Flag } from './types';

/** A flag in force on a day (ISO date, today by default). */
export function isActive(flag: Flag, on = new Date().toISOString().slice(0, 10)) {
  return flag.from <= on && (!flag.to || flag.to >= on);
}
