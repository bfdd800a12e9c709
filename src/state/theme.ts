// The reader's theme choice. The only other reader of this key is theme-init.js, which
// applies it before the first paint.
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'pch-theme';

export function readThemeChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function saveThemeChoice(choice: ThemeChoice): boolean {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
    return true;
  } catch {
    return false; // storage blocked: the choice holds for this page only
  }
}
