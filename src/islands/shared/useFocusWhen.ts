// Focus an element once, when `condition` becomes true (a confirmation appearing), and never
// again on a later re-render.
import { useEffect, useRef } from 'preact/hooks';

export default function useFocusWhen<T extends HTMLElement>(condition: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (condition) ref.current?.focus();
  }, [condition]);
  return ref;
}
