// The hub's languages and its interface words. Every word the interface shows comes from one
// dictionary per language (content/i18n/<lang>.yaml); the content check stops the build when a
// language lacks a key English has, has one English lacks, or changes a key's {placeholders}.
// Framework-free: pages, islands and the content check all use it.

/** The languages the hub is written in; English is at the root, every other under /<lang>/. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's BCP 47 tag (for <html lang>, hreflang, dates and numbers) and its own name for itself. */
export const languages: Record<Lang, { tag: string; name: string }> = {
  en: { tag: 'en-US', name: 'English' },
  es: { tag: 'es-US', name: 'Español' },
};

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** A dictionary as its file holds it: sections of keys, each a word or phrase, or a section of its own. */
export type Dictionary = { [key: string]: string | Dictionary };
/** A dictionary with its sections joined into dotted keys ("search.close"). */
export type Strings = Record<string, string>;

/** A dictionary's keys as dotted paths, each with its text. */
export function flatten(dict: Dictionary, prefix = ''): Strings {
  const out: Strings = {};
  for (const [key, value] of Object.entries(dict ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatten(value, path));
    else out[path] = value as unknown as string;
  }
  return out;
}

/** The names in a text's {placeholders}, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z][\w]*)\}/g)].map((m) => m[1]))].sort();
}

/** What is wrong with a language's dictionary beside English's: keys it lacks or adds, texts that are empty or change placeholders. */
export function dictionaryIssues(english: Strings, other: Strings): { key: string; message: string }[] {
  const issues: { key: string; message: string }[] = [];
  for (const [key, text] of Object.entries(english)) {
    const theirs = other[key];
    if (theirs === undefined) issues.push({ key, message: `is missing: English has "${text}"` });
    else if (typeof theirs !== 'string' || theirs.trim() === '') issues.push({ key, message: 'must be a word or phrase, not empty' });
    else if (placeholders(theirs).join() !== placeholders(text).join())
      issues.push({ key, message: `must use the placeholders ${placeholders(text).map((p) => `{${p}}`).join(', ') || '(none)'}, as English does` });
  }
  for (const key of Object.keys(other)) if (!(key in english)) issues.push({ key, message: 'is not a key English has: remove it or fix its name' });
  return issues;
}

/** The keys of some sections ("search", "assessment.knowledge"), for an island to carry only what it shows. */
export function pick(strings: Strings, sections: readonly string[]): Strings {
  let picked = PICKED.get(strings);
  if (!picked) PICKED.set(strings, (picked = new Map()));
  const which = sections.join(' ');
  let out = picked.get(which);
  if (!out) {
    out = {};
    for (const [key, text] of Object.entries(strings)) if (sections.some((s) => key === s || key.startsWith(`${s}.`))) out[key] = text;
    picked.set(which, out);
  }
  return out;
}
// What each page's islands pick from a dictionary, picked once per dictionary (the build asks on every page).
const PICKED = new WeakMap<Strings, Map<string, Strings>>();

export type Vars = Record<string, string | number>;

// A language's plural rules and number format, made once: making them is slow, and the build makes
// a translator for every page.
const FORMATS: Partial<Record<Lang, [Intl.PluralRules, Intl.NumberFormat]>> = {};
export type Translate = (key: string, vars?: Vars) => string;

/**
 * A function from a key to its text in one language, with {placeholders} filled in (numbers in
 * the language's way) and, for a key written as `key.one` / `key.other`, the form for `vars.n`.
 * An unknown key throws: at build time that stops the page from being built with a gap.
 */
export function translator(strings: Strings, lang: Lang): Translate {
  const [plural, number] = (FORMATS[lang] ??= [new Intl.PluralRules(languages[lang].tag), new Intl.NumberFormat(languages[lang].tag)]);
  return (key, vars) => {
    let text = strings[key];
    if (text === undefined && vars && typeof vars.n === 'number') text = strings[`${key}.${plural.select(vars.n)}`] ?? strings[`${key}.other`];
    if (text === undefined) throw new Error(`The interface text "${key}" is not in the ${languages[lang].name} dictionary (content/i18n/${lang}.yaml)`);
    return vars ? text.replace(/\{([a-zA-Z]\w*)\}/g, (all, name: string) => (name in vars ? (typeof vars[name] === 'number' ? number.format(vars[name] as number) : String(vars[name])) : all)) : text;
  };
}

/** A number in the language's way ("1,234" or "1234", "3.7" or "3,7"). */
export const formatNumber = (n: number, lang: Lang, digits = 0) =>
  new Intl.NumberFormat(languages[lang].tag, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);

/** The keys a source file uses: every `t('key')` or `t("key", …)` call. */
export function keysUsedIn(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*['"]([a-zA-Z][\w-]*\.[\w.-]+)['"]/g)].map((m) => m[1]);
}

/** "Brinkley and Rodriguez, 2023", "Davidson and others, 2006", "SAMHSA, 2020": a citation by authors and year. */
const AUTHORS_YEAR = /^(\p{Lu}[\p{L}.'’-]*)( \p{Lu}[\p{L}.'’-]*)*( and (others|\p{Lu}[\p{L}'’-]*))?, \d{4}(; .*)?$/u;
const AND: Partial<Record<Lang, { and: string; others: string }>> = { es: { and: 'y', others: 'otros' } };

/**
 * A source's short label as a citation on a page in `lang`. English keeps it as written. Another
 * language says an authors-and-year label with its own "and" ("Brinkley y Rodriguez, 2023"); any
 * other label names an English document ("SAMHSA crisis peer advisory"), so it keeps its words and
 * is marked as English (`lang`), for screen readers and translation tools.
 */
export function citeLabel(short: string, lang: Lang): { text: string; lang?: string } {
  if (lang === DEFAULT_LANG) return { text: short };
  if (!AUTHORS_YEAR.test(short)) return { text: short, lang: languages[DEFAULT_LANG].tag };
  return { text: andIn(short, lang) };
}

/** "Brinkley and Rodriguez", "Davidson and others", "2003 and 2004" with the language's own "and". */
export function andIn(text: string, lang: Lang): string {
  const words = AND[lang];
  return words ? text.replace(/ and others\b/g, ` ${words.and} ${words.others}`).replace(/ and /g, ` ${words.and} `) : text;
}

/**
 * A key's text cut where some placeholders stand, so a page can put markup there (a link, a
 * label marked as English): strings, with `{ slot }` where each named placeholder was. The
 * other placeholders are filled from `vars` as `t` fills them.
 */
export function textAround(t: Translate, key: string, slots: readonly string[], vars: Vars = {}): (string | { slot: string })[] {
  const marked = t(key, { ...vars, ...Object.fromEntries(slots.map((s, i) => [s, `\u0000${i}\u0000`])) });
  return marked.split(/\u0000(\d+)\u0000/).map((part, i) => (i % 2 ? { slot: slots[Number(part)] } : part)).filter((p) => p !== '');
}
