// Starting (or starting again) a knowledge check, and the reader's past results.
import PastResults from '../shared/PastResults';
import { useText } from '../shared/text';

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
  const { t } = useText();
  const again = history.length > 0;
  return (
    <>
      <div class="start">
        <h2 class={afterResult ? 'h3' : ''}>{again ? t('knowledge.takeAgain') : t('knowledge.start')}</h2>
        <p>{t('knowledge.startText', { n: count })}</p>
        <div class="checkbox">
          <input type="checkbox" id={`${id}-shuffle`} checked={shuffle} onChange={(e) => onShuffle(e.currentTarget.checked)} />
          <label for={`${id}-shuffle`}>{t('knowledge.shuffle')}</label>
        </div>
        <button type="button" class="button" onClick={onStart}>
          {again ? t('knowledge.startAgain') : t('knowledge.startCheck')}
        </button>
      </div>
      <PastResults label={t('knowledge.pastResults')} items={history.map((a) => ({ ...a, text: t('knowledge.score', { correct: a.correct, total: a.total }) }))} />
    </>
  );
}
