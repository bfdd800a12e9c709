export function findBrowser(options?: { install?: boolean }): { path: string; kind: 'playwright' | 'system' } | null;
export const NO_BROWSER_MESSAGE: string;
