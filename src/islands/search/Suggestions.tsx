// Words to try when the box is empty or nothing matched.
const SUGGESTIONS = ['drift', 'debrief', 'mobile crisis', 'supervision', 'boundaries', '988'];

export default function Suggestions({ onPick }: { onPick: (q: string) => void }) {
  return (
    <ul class="suggestions">
      {SUGGESTIONS.map((s) => (
        <li key={s}>
          <button type="button" class="link-button" onClick={() => onPick(s)}>
            {s}
          </button>
        </li>
      ))}
    </ul>
  );
}
