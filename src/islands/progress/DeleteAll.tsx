// Delete everything the hub saved in this browser, after a confirmation that takes focus once.
import { useState } from 'preact/hooks';
import useFocusWhen from '../shared/useFocusWhen';
import { deleteAllData } from '../../state/record';
import { $progressMessage } from './message';

export default function DeleteAll() {
  const [asking, setAsking] = useState(false);
  const yes = useFocusWhen<HTMLButtonElement>(asking);
  return (
    <>
      <h2>Delete all my data</h2>
      {!asking ? (
        <p>
          <button type="button" class="button warning" onClick={() => setAsking(true)}>
            Delete all my data
          </button>
        </p>
      ) : (
        <div class="notice warn" role="alertdialog" aria-labelledby="delete-q" aria-describedby="delete-d">
          <p id="delete-q">
            <strong>Delete everything this hub has saved in this browser?</strong>
          </p>
          <p id="delete-d">This removes every result, note and page marked as read. It cannot be undone. Download a copy first if you may want it.</p>
          <div class="buttons">
            <button
              type="button"
              class="button warning"
              ref={yes}
              onClick={() => {
                deleteAllData();
                setAsking(false);
                $progressMessage.set('Done. Everything this hub saved in this browser has been deleted.');
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" class="button secondary" onClick={() => setAsking(false)}>
              No, keep it
            </button>
          </div>
        </div>
      )}
    </>
  );
}
