// The reader's theme choice. The only other reader of this key is theme-init.js, which
// applies it before the first paint.
import { THEME_KEY } from './keys.ts';
import { storage } from './storage.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export function readThemeChoice(): ThemeChoice {
  const stored = storage.read(THEME_KEY);
  const v = stored.ok ? stored.value : null;
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** Saves the choice; false when storage is blocked (the choice then holds for this page only). */
export function saveThemeChoice(choice: ThemeChoice): boolean {
  return (choice === 'system' ? storage.remove(THEME_KEY) : storage.write(THEME_KEY, choice)).ok;
}
