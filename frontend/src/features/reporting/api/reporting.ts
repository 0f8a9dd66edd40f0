import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Dashboard, ExportTable, MeetingRoll, MeetingRow, MemberYear, UnexcusedMember } from '../types';

export function useDashboard(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['reporting', 'dashboard', unitId, year],
    queryFn: () => api.get<Dashboard>(`/api/reporting/units/${unitId}/dashboard`, { params: { year } }),
    enabled: !!unitId,
  });
}

export function useUnexcused(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['reporting', 'unexcused', unitId, year],
    queryFn: () => api.get<UnexcusedMember[]>(`/api/reporting/units/${unitId}/unexcused`, { params: { year } }),
    enabled: !!unitId,
  });
}

export function useCellMeetings(cellId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['reporting', 'meetings', cellId, year],
    queryFn: () => api.get<MeetingRow[]>(`/api/reporting/units/${cellId}/meetings`, { params: { year } }),
    enabled: !!cellId,
  });
}

export function useMeetingRoll(meetingId: string | undefined) {
  return useQuery({
    queryKey: ['reporting', 'roll', meetingId],
    queryFn: () => api.get<MeetingRoll>(`/api/reporting/meetings/${meetingId}/roll`),
    enabled: !!meetingId,
  });
}

export function useMemberYear(unitId: string | undefined, memberId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['reporting', 'member', unitId, memberId, year],
    queryFn: () => api.get<MemberYear>(`/api/reporting/units/${unitId}/members/${memberId}`, { params: { year } }),
    enabled: !!unitId && !!memberId,
  });
}

/** The server's export of a table; a plain link, so the browser downloads it with the session cookie. */
export function exportUrl(
  unitId: string,
  table: ExportTable,
  format: 'csv' | 'xlsx',
  year: number,
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ format, year: String(year), ...extra });
  return `/api/reporting/units/${unitId}/export/${table}?${query.toString()}`;
}
