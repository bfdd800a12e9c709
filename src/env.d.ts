/// <reference types="astro/client" />
// tsc checks the TypeScript files; .astro components are checked by the Astro build itself.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
