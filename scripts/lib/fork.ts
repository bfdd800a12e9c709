// The agency's second hub the fork tests build and serve (scripts/build-fork.ts,
// playwright.fork.config.ts): its id, and the folder it is served from beside the first hub.
export const FORK = { id: 'forkhub', base: '/peer-hub/' } as const;
