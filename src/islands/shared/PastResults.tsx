// An attempt's earlier results, newest first, folded away under a summary line.
import { formatDate } from '../../lib/dates';

interface Props {
  /** "Your past results", "Your past ratings". */
  label: string;
  items: { id: string; finishedAt: string; text: string }[];
}

export default function PastResults({ label, items }: Props) {
  if (items.length < 2) return null;
  return (
    <details class="history">
      <summary>
        {label} ({items.length})
      </summary>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            {formatDate(a.finishedAt)}: {a.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
