// Under an attempt in progress: it is saved, and can be thrown away.
export default function DraftNote({ what, onDiscard }: { what: string; onDiscard: () => void }) {
  return (
    <p class="quiet">
      Your {what} are saved as you go. You can leave and come back to carry on.{' '}
      <button type="button" class="link-button" onClick={onDiscard}>
        Stop and discard this attempt
      </button>
    </p>
  );
}
