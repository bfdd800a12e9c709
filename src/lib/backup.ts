// Export and import of the reader's record. An import is checked completely before anything
// changes; a bad file gets a message that says what is wrong and what to do.
import { decodeRecord, encodeRecord, RECORD_VERSION, type ReaderRecord } from './record.ts';
import type { Translate } from './i18n.ts';

export const MAX_BACKUP_BYTES = 2 * 1024 * 1024;
export const BACKUP_APP = 'peer-crisis-hub';

/** The hub a file was saved from: its id (site.yaml `id`) and its name. */
export interface BackupHub {
  id: string;
  name: string;
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  exportedAt: string;
  /** Which hub wrote the file (files saved before forks had ids have none). */
  hub?: BackupHub;
  record: ReaderRecord;
}

export function makeBackup(record: ReaderRecord, now = new Date(), hub?: BackupHub): string {
  const file: BackupFile = { app: BACKUP_APP, exportedAt: now.toISOString(), ...(hub ? { hub } : {}), record };
  return JSON.stringify(file, null, 2);
}

export function backupFileName(now = new Date()): string {
  return `peer-crisis-hub-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** A checked file: its record, when it was saved, and the hub that saved it (null when the file does not say). */
export type ImportResult = { ok: true; record: ReaderRecord; exportedAt: string; from: BackupHub | null } | { ok: false; message: string };

const hubOf = (value: unknown): BackupHub | null => {
  const h = value as Partial<BackupHub> | null;
  return h && typeof h === 'object' && typeof h.id === 'string' && typeof h.name === 'string' && h.id && h.name ? { id: h.id.slice(0, 40), name: h.name.slice(0, 120) } : null;
};

const fail = (message: string): ImportResult => ({ ok: false, message });

/** Validate a backup file's bytes; a refusal says what is wrong and what to do, in the page's words (`t`). Never throws. */
export function readBackup(bytes: Uint8Array, t: Translate): ImportResult {
  // What a reader is told for any file that is not a progress file at all (a photo, a document, another app's data).
  const notBackup = t('backup.notBackup');
  if (bytes.byteLength === 0) return fail(t('backup.empty'));
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    return fail(t('backup.tooLarge', { kb: Math.round(bytes.byteLength / 1024) }));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(notBackup);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(notBackup);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail(notBackup);
  }
  const file = parsed as Record<string, unknown>;
  if (file.app !== BACKUP_APP || typeof file.record !== 'object' || file.record === null) {
    return fail(notBackup);
  }
  const exportedAt = typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : '';
  const decoded = decodeRecord(JSON.stringify(file.record));
  if (decoded.status === 'future') {
    return fail(t('backup.future', { version: decoded.version, supported: RECORD_VERSION }));
  }
  if (decoded.status !== 'ok') return fail(decoded.status === 'damaged' ? t('backup.damagedWhy', { reason: decoded.reason }) : t('backup.damaged'));
  return { ok: true, record: decoded.record, exportedAt, from: hubOf(file.hub) };
}

/** Round trip helper for tests and for the "download" button. */
export function backupBytes(record: ReaderRecord, now = new Date(), hub?: BackupHub): Uint8Array {
  return new TextEncoder().encode(makeBackup(record, now, hub));
}

export { encodeRecord };
