// The hub's own dictionaries, for unit tests of functions that take `t`: the sentences they
// build are checked in the words a reader sees.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { flatten, translator, type Dictionary, type Lang } from '../../src/lib/i18n.ts';

export const words = (lang: Lang) => translator(flatten(parse(readFileSync(new URL(`../../content/i18n/${lang}.yaml`, import.meta.url), 'utf8')) as Dictionary), lang);
