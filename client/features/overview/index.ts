export { LatestOverview, OverviewPage } from './components/OverviewPage';
