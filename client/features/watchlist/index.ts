export { WatchlistPage } from './components/WatchlistPage';
