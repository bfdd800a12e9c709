// The one place the hub touches localStorage. Every call returns a result instead of throwing:
// a browser may block storage (private windows, settings), refuse a write when it is full, or
// have no storage at all (the build). Tests pass a fake Storage and a fake window.
import { PROBE_KEY } from './keys.ts';

export type StorageFailure = 'blocked' | 'full';
export type Stored<T> = { ok: true; value: T } | { ok: false; reason: StorageFailure };

export interface StorageAdapter {
  /** Whether the browser lets the hub save anything at all. */
  probe(): boolean;
  read(key: string): Stored<string | null>;
  write(key: string, value: string): Stored<void>;
  remove(key: string): Stored<void>;
  /** Every key starting with `prefix`, with its text, sorted by key. */
  withPrefix(prefix: string): Stored<{ key: string; text: string }[]>;
  /** Calls `onChange` when another tab changes `key` (null when it was removed). Returns a stop function. */
  watch(key: string, onChange: (value: string | null) => void): () => void;
}

const isQuota = (e: unknown) =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message));

/** An adapter over a Storage (localStorage by default) and the window that sends its `storage` events. */
export function webStorage(
  get: () => Storage = () => localStorage,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = typeof window === 'undefined' ? null : window,
): StorageAdapter {
  const attempt = <T>(fn: (s: Storage) => T): Stored<T> => {
    try {
      return { ok: true, value: fn(get()) };
    } catch (e) {
      return { ok: false, reason: isQuota(e) ? 'full' : 'blocked' };
    }
  };
  return {
    probe: () =>
      attempt((s) => {
        s.setItem(PROBE_KEY, '1');
        s.removeItem(PROBE_KEY);
      }).ok,
    read: (key) => attempt((s) => s.getItem(key)),
    write: (key, value) => attempt((s) => s.setItem(key, value)),
    remove: (key) => attempt((s) => s.removeItem(key)),
    withPrefix: (prefix) =>
      attempt((s) => {
        const out: { key: string; text: string }[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(prefix)) out.push({ key, text: s.getItem(key) ?? '' });
        }
        return out.sort((a, b) => a.key.localeCompare(b.key));
      }),
    watch: (key, onChange) => {
      if (!events) return () => {};
      const listener = (e: Event) => {
        const se = e as StorageEvent;
        if (se.key === key) onChange(se.newValue);
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}

/** The browser's localStorage, as the rest of the hub sees it. */
export const storage = webStorage();
