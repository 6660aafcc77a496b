export { IndicatorPage } from './components/IndicatorPage';
