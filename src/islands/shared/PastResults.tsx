// An attempt's earlier results, newest first, folded away under a summary line.
import { formatDate } from '../../lib/dates';
import { useText } from './text';

interface Props {
  /** "Your past results", "Your past ratings". */
  label: string;
  items: { id: string; finishedAt: string; text: string }[];
}

export default function PastResults({ label, items }: Props) {
  const { t, lang } = useText();
  if (items.length < 2) return null;
  return (
    <details class="history">
      <summary>
        {t('assessment.pastCount', { label, n: items.length })}
      </summary>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            {t('assessment.pastItem', { date: formatDate(a.finishedAt, undefined, 'long', lang), text: a.text })}
          </li>
        ))}
      </ul>
    </details>
  );
}
