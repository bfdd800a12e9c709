// Syllables of a Spanish word, from its spelling: each run of vowels is one syllable, except
// that two strong vowels (a, e, o, or an accented í or ú) side by side are two (po-e-ta, dí-a).
// A weak vowel (i, u, ü) beside another vowel joins it in a diphthong (ciu-dad, cuo-ta), a "u"
// in que, qui, gue, gui is silent, an "h" between vowels does not split them, and "y" is a
// vowel only at the end of a word (hoy, muy, y). Framework-free; tested in tests/unit.

const STRONG = new Set('aeoáéóíúàèòÿ'.split(''));
const WEAK = new Set('iuü'.split(''));

export function spanishSyllables(word: string): number {
  let w = word.toLowerCase().normalize('NFC');
  // The u of que/qui/gue/gui is not pronounced (but the ü of güe/güi is).
  w = w.replace(/([qg])u([eiéí])/g, '$1$2');
  // A final y (and a y alone) is the vowel i; elsewhere it is a consonant.
  w = w.replace(/y$/, 'i');
  // An h between vowels does not end a syllable.
  w = w.replace(/([aeiouáéíóúü])h(?=[aeiouáéíóúü])/g, '$1');
  let count = 0;
  let previous: 'strong' | 'weak' | null = null;
  for (const ch of w) {
    const kind = STRONG.has(ch) ? 'strong' : WEAK.has(ch) ? 'weak' : null;
    if (kind === null) previous = null;
    else {
      if (previous === null || (previous === 'strong' && kind === 'strong')) count++;
      previous = kind;
    }
  }
  return Math.max(1, count);
}
