export { ProvincePage } from './components/ProvincePage';
