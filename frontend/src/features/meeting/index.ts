export { AuthorisationsPage } from './components/authorisations-page';
export { CalendarFeedCard } from './components/calendar-feed-card';
export { MeetingCalendar, type MeetingLinks } from './components/meeting-calendar';
export { MeetingForm } from './components/meeting-form';
export { MeetingPage, type MeetingPageLinks } from './components/meeting-page';
export { NotificationBell } from './components/notification-bell';
export { useMeeting } from './api/meetings';
export type { Meeting, MemberPickerProps, Pickers, UnitPickerProps } from './types';
