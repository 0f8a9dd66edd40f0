export { AccountsPage, type Picker, type PickerProps } from './components/accounts-page';
export { LoginFlow } from './components/login-flow';
export { SecuritySettings } from './components/security-settings';
export type { LoginStatus } from './types';
