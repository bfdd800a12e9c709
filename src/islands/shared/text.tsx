// The page's words inside an island. The page that renders an island passes it `lang` and the
// dictionary sections it needs (`pick(strings, [...])` from src/lib/i18n.ts); the island's root
// is wrapped with withText() (or wraps its tree in <TextProvider>), and any component below calls useText() for `t` and `lang`,
// so no component passes words down by hand.
import { createContext, type ComponentChildren, type FunctionComponent } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { translator, type Lang, type Strings, type Translate } from '../../lib/i18n';

export interface Text {
  /** The page's language. */
  lang: Lang;
  /** A key's text in that language, with its {placeholders} filled in. */
  t: Translate;
}

/** What an island's root takes from its page, beside its own props. */
export interface TextProps {
  lang: Lang;
  strings: Strings;
}

const TextContext = createContext<Text | null>(null);

export function TextProvider({ lang, strings, children }: TextProps & { children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: translator(strings, lang) }), [lang, strings]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/** The page's language and words; a component used outside a <TextProvider> is a bug, and says so. */
export function useText(): Text {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText() needs a <TextProvider> around the island (pass the page’s lang and strings to its root)');
  return text;
}

/** An island's root: `Inner` with the page's words around it, taking `lang` and `strings` beside its own props. */
export function withText<P extends object>(Inner: FunctionComponent<P>) {
  return function WithText({ lang, strings, ...props }: P & TextProps) {
    return (
      <TextProvider lang={lang} strings={strings}>
        <Inner {...(props as unknown as P)} />
      </TextProvider>
    );
  };
}
