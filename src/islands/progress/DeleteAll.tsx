// Delete everything the hub saved in this browser, after a confirmation that takes focus once.
import { useState } from 'preact/hooks';
import useFocusWhen from '../shared/useFocusWhen';
import { deleteAllData } from '../../state/record';
import { $progressMessage } from './message';
import { useText } from '../shared/text';

export default function DeleteAll() {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  const yes = useFocusWhen<HTMLButtonElement>(asking);
  return (
    <>
      <h2>{t('progress.deleteHeading')}</h2>
      {!asking ? (
        <p>
          <button type="button" class="button warning" onClick={() => setAsking(true)}>
            {t('progress.deleteButton')}
          </button>
        </p>
      ) : (
        <div class="notice warn" role="alertdialog" aria-labelledby="delete-q" aria-describedby="delete-d">
          <p id="delete-q">
            <strong>{t('progress.deleteQuestion')}</strong>
          </p>
          <p id="delete-d">{t('progress.deleteText')}</p>
          <div class="buttons">
            <button
              type="button"
              class="button warning"
              ref={yes}
              onClick={() => {
                deleteAllData();
                setAsking(false);
                $progressMessage.set(t('progress.deleted'));
              }}
            >
              {t('progress.deleteYes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setAsking(false)}>
              {t('progress.deleteNo')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
