// The reader's choice for offline use (kept in localStorage), and the page's side of the
// conversation with the service worker (src/sw/service-worker.js): what to keep, and how much is kept.
import type { OfflineChoice, OfflineStatus } from '../lib/offline.ts';
import { OFFLINE_KEY } from './keys.ts';
import { storage } from './storage.ts';

export function readOfflineChoice(): OfflineChoice {
  const stored = storage.read(OFFLINE_KEY);
  const v = stored.ok ? stored.value : null;
  return v === 'whole' || v === 'light' ? v : 'auto';
}

/** Saves the choice; false when storage is blocked (it then holds for this page only). */
export function saveOfflineChoice(choice: OfflineChoice): boolean {
  return (choice === 'auto' ? storage.remove(OFFLINE_KEY) : storage.write(OFFLINE_KEY, choice)).ok;
}

/** Whether the browser asks websites to save data (Chromium's Save-Data setting). */
export const savesData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export type WorkerRequest = { type: 'STATUS' } | { type: 'KEEP'; urls: string[] } | { type: 'KEEP_ALL' } | { type: 'FREE' };

/** Resolves once the hub's worker controls this page (at once after the first visit); false where there is no service worker. */
export function whenControlled(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(false);
  if (navigator.serviceWorker.controller) return Promise.resolve(true);
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }));
}

/** Asks the active worker; resolves with what it keeps after doing it, or null when there is no worker. */
export async function askWorker(request: WorkerRequest): Promise<OfflineStatus | null> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return null;
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data && !e.data.error ? (e.data as OfflineStatus) : null);
    worker.postMessage(request, [channel.port2]);
  });
}

/** This page and the files it loaded from the hub: what a reader needs to open it again offline. */
export function thisPageFiles(): string[] {
  const here = location.origin;
  const loaded = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => u.startsWith(here));
  return [location.href, ...loaded];
}
