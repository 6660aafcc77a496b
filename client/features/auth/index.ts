export { AuthGate } from './components/AuthGate';
export { UserMenu } from './components/UserMenu';
export { useMe, meQueryOptions, type Me } from './api/get-me';
export { authKeys, isAuthQuery } from './api/keys';
