export { AttendancePanel } from './components/attendance-panel';
export { CellAbsencesPage } from './components/cell-absences-page';
export { MemberAttendancePage } from './components/member-attendance-page';
export { RollCallPage } from './components/roll-call-page';
export type { AttendanceLinks } from './types';
