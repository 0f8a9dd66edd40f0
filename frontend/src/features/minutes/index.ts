export { MinutesPage } from './components/minutes-page';
export type { Announcement } from './types';
