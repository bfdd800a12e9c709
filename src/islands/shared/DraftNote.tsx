// Under an attempt in progress, well apart from its main button: it is saved, and it can be
// thrown away, after the reader says yes (the question takes focus once).
import { useState } from 'preact/hooks';
import useFocusWhen from './useFocusWhen';
import { useText } from './text';

export default function DraftNote({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  const no = useFocusWhen<HTMLButtonElement>(asking);
  return (
    <div class="draft-note">
      <p class="quiet">{t('assessment.draftSaved', { what })}</p>
      {!asking ? (
        <p>
          <button type="button" class="link-button" onClick={() => setAsking(true)}>
            {t('assessment.discard')}
          </button>
        </p>
      ) : (
        <div class="notice warn" role="alertdialog" aria-labelledby="discard-q">
          <p id="discard-q">
            <strong>{t('assessment.discardQuestion')}</strong> {t('assessment.discardWarning', { what })}
          </p>
          <div class="buttons">
            <button type="button" class="button warning" onClick={onDiscard}>
              {t('assessment.discardYes')}
            </button>
            <button type="button" class="button secondary" ref={no} onClick={() => setAsking(false)}>
              {t('assessment.discardNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
