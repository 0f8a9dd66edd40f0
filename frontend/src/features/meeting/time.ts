import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Meetings happen in Vietnam: times are shown and entered in its zone whatever the device's zone. */
export const VIETNAM = 'Asia/Ho_Chi_Minh';

export function inVietnam(iso: string): Dayjs {
  return dayjs(iso).tz(VIETNAM);
}

/** The value of a `datetime-local` input (yyyy-MM-ddTHH:mm), read as Vietnamese time, as an ISO instant. */
export function localInputToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = dayjs.tz(value.replace(' ', 'T'), VIETNAM);
  return parsed.isValid() ? parsed.toISOString() : undefined;
}

export function isoToLocalInput(iso: string | null | undefined): string {
  return iso ? inVietnam(iso).format('YYYY-MM-DDTHH:mm') : '';
}

export function formatTime(iso: string): string {
  return inVietnam(iso).format('HH:mm');
}

export function formatDay(iso: string): string {
  return inVietnam(iso).format('dddd, DD/MM/YYYY');
}

/** "dddd, 03/12/2026 19:30 – 21:30" (the end's date too when it falls on another day). */
export function formatSpan(startsAt: string, endsAt: string): string {
  const start = inVietnam(startsAt);
  const end = inVietnam(endsAt);
  const endText = end.isSame(start, 'day') ? end.format('HH:mm') : end.format('DD/MM/YYYY HH:mm');
  return `${start.format('dddd, DD/MM/YYYY HH:mm')} – ${endText}`;
}

/** The first instant of the month holding `month` (Vietnam), and of the next one: the calendar's [from, to). */
export function monthRange(month: Dayjs): { from: string; to: string } {
  const start = dayjs.tz(month.format('YYYY-MM-01T00:00'), VIETNAM);
  const end = dayjs.tz(month.add(1, 'month').format('YYYY-MM-01T00:00'), VIETNAM);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** yyyy-MM-dd of the meeting's day in Vietnam. */
export function vietnamDay(iso: string): string {
  return inVietnam(iso).format('YYYY-MM-DD');
}

export function minutesBetween(startsAt: string, endsAt: string): number {
  return dayjs(endsAt).diff(dayjs(startsAt), 'minute');
}
