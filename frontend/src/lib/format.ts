import dayjs from 'dayjs';

/** Dates in the Vietnamese form (dd/MM/yyyy) in both languages: it is how Party records write them. */
export function formatDate(value?: string | null): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('DD/MM/YYYY') : value;
}

export function formatDateTime(value?: string | null): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('DD/MM/YYYY HH:mm') : value;
}

/** ISO date (yyyy-MM-dd) as the API expects it. */
export function isoDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}
