// When `step` changes (not on first render), move focus to the element marked data-autofocus
// inside the island, e.g. the next question's heading or the feedback.
import { useEffect, useRef } from 'preact/hooks';

export default function useFocusOn(step: unknown) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step]);
  return box;
}
