export { appInfoQueryOptions, getAppInfo, useAppInfo } from './api/get-app-info';
export { AppInfoPanel } from './components/app-info-panel';
export { HomeIntro } from './components/home-intro';
export type { AppInfo } from './types';
