// The self-rating in progress: one area's skills per screen, then an optional private note.
import { useState } from 'preact/hooks';
import type { RatingDraft } from '../../lib/record';
import { unrated } from '../../lib/results';
import { draftOf, finishSelfRating, saveDraft } from '../../state/record';
import ErrorSummary, { type FieldError } from '../shared/ErrorSummary';
import ProgressBar from '../shared/ProgressBar';
import SkillRating from './SkillRating';
import type { RatingDefinition } from './SelfRating';
import { useText } from '../shared/text';

interface Props {
  id: string;
  /** The draft, already in step with the rating (src/state reconciles it). */
  draft: RatingDraft;
  assessment: RatingDefinition;
}

export default function RatingForm({ id, draft, assessment }: Props) {
  const { t } = useText();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const { domains, scale } = assessment;
  const i = draft.domainIndex;
  const onNote = i === domains.length; // the last step: an optional private note
  const d = domains[i];
  // Read the stored draft, not this render's copy: keys pressed faster than Preact re-renders
  // (a rating, then Enter) must each see the one before.
  const current = () => draftOf(id, 'self-rating') ?? draft;
  const rate = (skillId: string, value: number) => {
    const latest = current();
    saveDraft(id, { ...latest, ratings: { ...latest.ratings, [skillId]: value } });
  };
  const go = (to: number) => {
    setErrors([]);
    const latest = current();
    saveDraft(id, { ...latest, domainIndex: to, note: note ?? latest.note });
  };
  const next = (e: Event) => {
    e.preventDefault();
    if (onNote) {
      finishSelfRating(id, domains, note);
      setNote(null);
      return;
    }
    const missing = unrated(d.skills, current());
    if (missing.length) setErrors(missing.map((s) => ({ href: `#r-${s.id}-1`, text: t('rating.choose', { skill: s.text }) })));
    else go(i + 1);
  };
  const total = domains.length + (assessment.reflection ? 1 : 0);
  const lastLabel = onNote || (i === domains.length - 1 && !assessment.reflection);

  return (
    <>
      <ProgressBar value={i} max={total} label={onNote ? t('rating.lastStep') : t('rating.part', { n: i + 1, total: domains.length })} />
      <ErrorSummary errors={errors} />
      <form onSubmit={next} noValidate>
        {onNote ? (
          <>
            <h2 tabIndex={-1} data-autofocus>
              {t('rating.noteHeading')}
            </h2>
            <label for={`${id}-note`}>{assessment.reflection ?? t('rating.noteLabel')}</label>
            <p class="hint" id={`${id}-note-hint`}>
              {t('rating.noteHint')}
            </p>
            <textarea id={`${id}-note`} rows={5} maxLength={5000} aria-describedby={`${id}-note-hint`} value={note ?? draft.note ?? ''} onInput={(e) => setNote(e.currentTarget.value)} />
          </>
        ) : (
          <>
            <h2 tabIndex={-1} data-autofocus>
              {d.group && <span class="caption">{d.group}</span>}
              {d.title}
            </h2>
            <p>{d.description}</p>
            {d.skills.map((s) => (
              <SkillRating key={s.id} skill={s} scale={scale} value={draft.ratings[s.id]} error={errors.some((e) => e.href === `#r-${s.id}-1`)} onRate={(v) => rate(s.id, v)} />
            ))}
          </>
        )}
        <div class="buttons">
          <button type="submit" class="button">
            {lastLabel ? t('rating.seeResults') : t('rating.continue')}
          </button>
          {i > 0 && (
            <button type="button" class="button secondary" onClick={() => go(i - 1)}>
              {t('rating.back')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
