/**
 * Import boundaries (npm run lint): client → shared ← server. The client and the server never import
 * each other, shared imports neither, client features never import one another, and nothing is circular.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
// TypeScript and TSX are read through Babel (.babelrc.dependency-cruiser.json): typescript@7 has no JS API.
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make modules impossible to read or test alone.', from: {}, to: { circular: true } },
    { name: 'server-not-to-client', severity: 'error', comment: 'The server renders shared components (shared/notice), never client code.', from: { path: '^server/' }, to: { path: '^client/' } },
    { name: 'client-not-to-server', severity: 'error', comment: 'The client gets its types from shared/ contracts (and type-only from the app type).', from: { path: '^client/' }, to: { path: '^server/', dependencyTypesNot: ['type-only'] } },
    { name: 'shared-is-a-leaf', severity: 'error', comment: 'shared/ is imported by both sides and imports neither.', from: { path: '^shared/' }, to: { path: '^(client|server|tests|scripts|bench)/' } },
    {
      name: 'no-feature-to-feature',
      severity: 'error',
      comment: 'Features compose in client/app, never by importing each other.',
      from: { path: '^client/features/([^/]+)/' },
      to: { path: '^client/features/([^/]+)/', pathNot: '^client/features/$1/' },
    },
    { name: 'app-code-not-to-tests', severity: 'error', from: { path: '^(client|server|shared)/', pathNot: '\\.test\\.tsx?$' }, to: { path: '^tests/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    babelConfig: { fileName: '.babelrc.dependency-cruiser.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
