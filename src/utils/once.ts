// A content query that every page asks the same question of (the guides in order, the paths, a
// language's words) is answered once per build and language, not once per page: at 1,000 guides
// each page asking again made rendering grow with the square of the pages. In `astro dev` it is
// asked every time, so an edit to content/ shows at once. Arrays come back frozen, so a caller that
// sorts one in place fails at build time instead of reordering every other page's list. The
// language is English when not given.
import { DEFAULT_LANG, type Lang } from '../lib/i18n.ts';

export function oncePerLang<T>(query: (lang: Lang) => Promise<T>): (lang?: Lang) => Promise<T> {
  const answers = new Map<Lang, Promise<T>>();
  return (lang = DEFAULT_LANG) => {
    if (import.meta.env.DEV) return query(lang);
    let answer = answers.get(lang);
    if (!answer) answers.set(lang, (answer = query(lang).then((value) => (Array.isArray(value) ? (Object.freeze(value) as T) : value))));
    return answer;
  };
}
