// A labelled progress bar: how far through an assessment, a checklist or a path the reader is.
export default function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div class="progress">
      <p class="progress-label" aria-hidden="true">{label}</p>
      <progress value={value} max={max} aria-label={label}>
        {label}
      </progress>
    </div>
  );
}
