/// <reference types="vite/client" />

/** The province outlines projected at build time (vite.config.ts): the URL of their JSON asset. */
declare module 'virtual:province-shapes-url' {
  const url: string;
  export default url;
}
