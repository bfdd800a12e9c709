// The search dialog, loaded only when a reader opens it. A native modal <dialog>: focus
// stays inside, Escape closes it, and focus goes back to where it was.
import { render } from 'preact';
import SearchUI from './SearchUI';

let dialog: HTMLDialogElement | null = null;
let returnTo: HTMLElement | null = null;

function build(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `<div class="search-dialog-head"><h2 id="search-dialog-title">Search</h2><button type="button" class="button secondary" data-close>Close<span class="visually-hidden"> search</span></button></div><div data-body></div>`;
  document.body.append(d);
  d.querySelector('[data-close]')!.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close(); // a click on the backdrop
  });
  d.addEventListener('close', () => {
    returnTo?.focus();
    returnTo = null;
  });
  render(<SearchUI inputId="search-dialog-input" />, d.querySelector('[data-body]')!);
  return d;
}

export function openSearch() {
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}
