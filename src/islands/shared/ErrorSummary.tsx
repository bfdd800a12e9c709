// The error summary at the top of a form, as GOV.UK Frontend builds it: the box takes focus when
// a new set of errors appears (not on every re-render), the alert is announced from a child,
// and each link scrolls its question's legend or label into view before focusing the field.
import { useEffect, useRef } from 'preact/hooks';
import { useText } from './text';

export interface FieldError {
  /** "#" and the id of the field to focus. */
  href: string;
  text: string;
}

/** The legend of the field's fieldset, or its label: what a sighted reader needs to see with the field. */
function questionOf(field: HTMLElement): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) return legend;
  return field.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`) : null;
}

function focusField(e: MouseEvent, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  e.preventDefault();
  (questionOf(field) ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

export default function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useText();
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.map((e) => `${e.href} ${e.text}`).join('\n');
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">{t('assessment.errorTitle')}</h2>
        <ul>
          {errors.map((e) => (
            <li key={e.href}>
              <a href={e.href} onClick={(ev) => focusField(ev, e.href)}>
                {e.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
