export * from './store';
export * from './auth';
export * from './notices';
