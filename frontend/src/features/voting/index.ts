export { VotesPanel } from './components/votes-panel';
export type { VotesContext } from './types';
