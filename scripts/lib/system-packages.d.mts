export { findProgram } from "../../src/integrations/chromium.ts";
export function canInstallWithApt(): boolean;
export function aptInstall(pkg: string, options?: { withoutServices?: boolean }): boolean;
