/** "2026-03" → "3/2026", as Party records write a month. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${Number(number)}/${year}`;
}
