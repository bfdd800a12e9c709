// What this browser keeps for offline use, and what the page says about it. Pure: the worker
// reports the figures (src/sw/service-worker.js), the reader's choice comes from src/state/offline.ts.

/** The reader's choice: the hub decides (the whole hub while idle, unless the browser saves data), keep the whole hub, or keep only what offline use needs to start. */
export type OfflineChoice = 'auto' | 'whole' | 'light';

/** What the worker reports. */
export interface OfflineStatus {
  /** Files that can be kept beyond the essentials, and how many are kept now. */
  files: number;
  kept: number;
  /** Their size in bytes, in all and kept now. */
  bytes: number;
  keptBytes: number;
  /** The size of what offline use needs to start, always kept. */
  essentialBytes: number;
}

/** What a page asks the worker to keep as it opens. */
export function offlinePlan(choice: OfflineChoice, saveData: boolean): { keepPage: boolean; keepAll: boolean } {
  if (choice === 'whole') return { keepPage: true, keepAll: true };
  if (choice === 'light' || saveData) return { keepPage: false, keepAll: false };
  return { keepPage: true, keepAll: true };
}

/** A size in the units a reader knows: "3.4 MB", "130 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

export interface OfflineDescription {
  /** Which state this browser is in. */
  state: 'whole' | 'keeping' | 'save-data' | 'light';
  /** One or two plain sentences. */
  text: string;
  /** The button the page offers, with its words. */
  action: { kind: 'keep' | 'free'; label: string };
}

export function describeOffline(s: OfflineStatus, choice: OfflineChoice, saveData: boolean): OfflineDescription {
  const keepAction = { kind: 'keep' as const, label: `Keep the whole hub for offline use (${formatBytes(s.bytes + s.essentialBytes)})` };
  const freeAction = { kind: 'free' as const, label: `Free the space (${formatBytes(s.keptBytes)})` };
  if (s.files > 0 && s.kept >= s.files) {
    return { state: 'whole', text: `This browser keeps the whole hub for offline use (${formatBytes(s.bytes + s.essentialBytes)}). You can read, search and take the self-assessments with no connection.`, action: freeAction };
  }
  const start = `what it needs to start offline (${formatBytes(s.essentialBytes)})`;
  if (choice === 'light') {
    return { state: 'light', text: `This browser keeps only ${start}. Other pages open only with a connection.`, action: keepAction };
  }
  if (choice === 'auto' && saveData) {
    return { state: 'save-data', text: `Your browser asks websites to save data, so this hub keeps only ${start}. Other pages open only with a connection.`, action: keepAction };
  }
  return {
    state: 'keeping',
    text: `This browser is keeping the hub for offline use, a file at a time while it is idle: ${s.kept} of ${s.files} files so far (${formatBytes(s.keptBytes)} of ${formatBytes(s.bytes)}).`,
    action: freeAction,
  };
}
