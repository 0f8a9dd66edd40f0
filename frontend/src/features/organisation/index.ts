export { ImportWizard } from './components/import-wizard';
export { MemberDetail } from './components/member-detail';
export { MemberList } from './components/member-list';
export { OrganisationBrowser } from './components/organisation-browser';
export { MemberSelect, UnitSelect, type MemberSelectProps, type UnitSelectProps } from './components/pickers';
export type { OrganisationLinks } from './components/unit-details';
export { isAdministrator, permissionsOn } from './permissions';
export type { Grant, Unit } from './types';
