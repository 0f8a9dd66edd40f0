/** Mirrors GET /api/app-info. */
export type AppInfo = {
  name: string;
  version: string;
  demo: boolean;
};
