// Starting (or starting again) a knowledge check, and the reader's past results.
import PastResults from '../shared/PastResults';

interface Props {
  id: string;
  count: number;
  /** Past results, newest first. */
  history: { id: string; finishedAt: string; correct: number; total: number }[];
  /** A result is shown above, so this is a sub-heading. */
  afterResult: boolean;
  shuffle: boolean;
  onShuffle: (on: boolean) => void;
  onStart: () => void;
}

export default function KnowledgeStart({ id, count, history, afterResult, shuffle, onShuffle, onStart }: Props) {
  const again = history.length > 0;
  return (
    <>
      <div class="start">
        <h2 class={afterResult ? 'h3' : ''}>{again ? 'Take it again' : 'Start'}</h2>
        <p>{count} questions, one at a time. After each answer you see why your choice fits the peer role or not, with its source, and when it is not the best choice, the answer that is and why.</p>
        <div class="checkbox">
          <input type="checkbox" id={`${id}-shuffle`} checked={shuffle} onChange={(e) => onShuffle(e.currentTarget.checked)} />
          <label for={`${id}-shuffle`}>Shuffle the questions</label>
        </div>
        <button type="button" class="button" onClick={onStart}>
          {again ? 'Start again' : 'Start the check'}
        </button>
      </div>
      <PastResults label="Your past results" items={history.map((a) => ({ ...a, text: `${a.correct} of ${a.total}` }))} />
    </>
  );
}
