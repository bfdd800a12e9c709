// Words to try when the box is empty or nothing matched: the dictionary lists them, in words the
// pages of that language hold.
import { useText } from '../shared/text';

export default function Suggestions({ onPick }: { onPick: (q: string) => void }) {
  const { t } = useText();
  return (
    <ul class="suggestions">
      {t('search.suggestions').split(/,\s*/).map((s) => (
        <li key={s}>
          <button type="button" class="link-button" onClick={() => onPick(s)}>
            {s}
          </button>
        </li>
      ))}
    </ul>
  );
}
