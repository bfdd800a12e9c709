// What this browser keeps for offline use, and what the page says about it. Pure: the worker
// reports the figures (src/sw/service-worker.js), the reader's choice comes from src/state/offline.ts,
// and the words come from the page's dictionary (section `offlineUse`).
import { formatNumber, type Lang, type Translate } from './i18n.ts';

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

/** A size in the units a reader knows, written the language's way: "3.4 MB", "130 KB" ("3,4 MB" in Spanish). */
export function formatBytes(bytes: number, lang: Lang = 'en'): string {
  if (bytes >= 1_000_000) return `${formatNumber(bytes / 1_000_000, lang, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), lang)} KB`;
}

export interface OfflineDescription {
  /** Which state this browser is in. */
  state: 'whole' | 'keeping' | 'save-data' | 'light';
  /** One or two plain sentences. */
  text: string;
  /** The button the page offers, with its words. */
  action: { kind: 'keep' | 'free'; label: string };
}

export function describeOffline(s: OfflineStatus, choice: OfflineChoice, saveData: boolean, t: Translate, lang: Lang): OfflineDescription {
  const size = (bytes: number) => formatBytes(bytes, lang);
  const keepAction = { kind: 'keep' as const, label: t('offlineUse.keepAll', { size: size(s.bytes + s.essentialBytes) }) };
  const freeAction = { kind: 'free' as const, label: t('offlineUse.free', { size: size(s.keptBytes) }) };
  if (s.files > 0 && s.kept >= s.files) return { state: 'whole', text: t('offlineUse.whole', { size: size(s.bytes + s.essentialBytes) }), action: freeAction };
  const start = { size: size(s.essentialBytes) };
  if (choice === 'light') return { state: 'light', text: t('offlineUse.light', start), action: keepAction };
  if (choice === 'auto' && saveData) return { state: 'save-data', text: t('offlineUse.saveData', start), action: keepAction };
  return { state: 'keeping', text: t('offlineUse.keeping', { kept: s.kept, files: s.files, keptSize: size(s.keptBytes), size: size(s.bytes) }), action: freeAction };
}
