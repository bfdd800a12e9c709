export function findProgram(paths: (string | undefined)[], names: string[]): string | null;
export function canInstallWithApt(): boolean;
export function aptInstall(pkg: string, options?: { withoutServices?: boolean }): boolean;
