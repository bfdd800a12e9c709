// The search dialog, loaded only when a reader opens it. A native modal <dialog>: focus
// stays inside, Escape closes it, and focus goes back to where it was.
import { render } from 'preact';
import type { Lang, Strings } from '../../lib/i18n';
import { TextProvider } from '../shared/text';
import SearchUI from './SearchUI';

/** The page's language and the dictionary's `search` section, which the header's Search link carries. */
export interface DialogText {
  lang: Lang;
  strings: Strings;
}

let dialog: HTMLDialogElement | null = null;
let returnTo: HTMLElement | null = null;

function build({ lang, strings }: DialogText): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `<div class="search-dialog-head"><h2 id="search-dialog-title"></h2><button type="button" class="button secondary" data-close><span></span><span class="visually-hidden"></span></button></div><div data-body></div>`;
  // Words go in as text, never as markup.
  d.querySelector('h2')!.textContent = strings['search.title'];
  const [close, hidden] = d.querySelectorAll('[data-close] span');
  close.textContent = strings['search.close'];
  hidden.textContent = strings['search.closeHidden'];
  document.body.append(d);
  d.querySelector('[data-close]')!.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close(); // a click on the backdrop
  });
  d.addEventListener('close', () => {
    returnTo?.focus();
    returnTo = null;
  });
  render(
    <TextProvider lang={lang} strings={strings}>
      <SearchUI inputId="search-dialog-input" />
    </TextProvider>,
    d.querySelector('[data-body]')!,
  );
  return d;
}

export function openSearch(text: DialogText) {
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog ??= build(text);
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}
