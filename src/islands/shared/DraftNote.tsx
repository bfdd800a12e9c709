// Under an attempt in progress, well apart from its main button: it is saved, and it can be
// thrown away, after the reader says yes (the question takes focus once).
import { useState } from 'preact/hooks';
import useFocusWhen from './useFocusWhen';

export default function DraftNote({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  const [asking, setAsking] = useState(false);
  const no = useFocusWhen<HTMLButtonElement>(asking);
  return (
    <div class="draft-note">
      <p class="quiet">Your {what} are saved as you go. You can leave and come back to carry on.</p>
      {!asking ? (
        <p>
          <button type="button" class="link-button" onClick={() => setAsking(true)}>
            Stop and discard this attempt
          </button>
        </p>
      ) : (
        <div class="notice warn" role="alertdialog" aria-labelledby="discard-q">
          <p id="discard-q">
            <strong>Discard this attempt?</strong> Your {what} so far will be deleted. Results you finished before are kept.
          </p>
          <div class="buttons">
            <button type="button" class="button warning" onClick={onDiscard}>
              Yes, discard it
            </button>
            <button type="button" class="button secondary" ref={no} onClick={() => setAsking(false)}>
              No, carry on
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
