export { ReviewDashboard, type ReviewUnit } from './components/review-dashboard';
