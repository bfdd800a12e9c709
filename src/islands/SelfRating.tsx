// A self-rating: one area (domain) at a time, each skill rated on a labelled 4-point scale;
// then a profile (chart and table), strengths and growth areas, and the change since last time.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { SelfRatingAssessment } from '../schemas/assessment-self-rating';
import { ratingChange, ratingProfile, strengthsAndGrowth } from '../lib/scoring';
import type { RatingAttempt, RatingDraft } from '../lib/record';
import { $record, saveDraft, finishAttempt, discardDraft } from '../state/record';
import { DraftNote, ErrorSummary, ProgressBar, StorageNotice, formatDate, newId, useFocusOn } from './shared';
import RatingChart from './RatingChart';

interface Props {
  id: string;
  assessment: Pick<SelfRatingAssessment, 'title' | 'scale' | 'domains' | 'reflection' | 'reflective'>;
}

export default function SelfRating({ id, assessment }: Props) {
  const record = useStore($record);
  const draft = record.drafts[id]?.kind === 'self-rating' ? (record.drafts[id] as RatingDraft) : undefined;
  const attempts = (record.attempts[id] ?? []) as RatingAttempt[];
  const [errors, setErrors] = useState<{ href: string; text: string }[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const { domains, scale } = assessment;
  const step = draft ? `d${draft.domainIndex}` : `done${attempts.length}`;
  const box = useFocusOn(step);

  const start = () => {
    setErrors([]);
    saveDraft(id, { kind: 'self-rating', startedAt: new Date().toISOString(), ratings: {}, domainIndex: 0 });
  };

  if (draft) {
    const i = Math.min(draft.domainIndex, domains.length);
    const onNote = i === domains.length; // the last step: an optional private note
    const d = domains[i];
    // Read the stored draft, not this render's copy: keys pressed faster than Preact re-renders
    // (a rating, then Enter) must each see the one before.
    const current = (): RatingDraft => {
      const stored = $record.get().drafts[id];
      return stored?.kind === 'self-rating' ? (stored as RatingDraft) : draft;
    };
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
        const attempt: RatingAttempt = {
          kind: 'self-rating',
          id: newId(),
          finishedAt: new Date().toISOString(),
          ratings: current().ratings,
          ...((note ?? draft.note) ? { note: (note ?? draft.note)!.slice(0, 5000) } : {}),
        };
        setNote(null);
        finishAttempt(id, attempt);
        return;
      }
      const missing = d.skills.filter((s) => !current().ratings[s.id]);
      if (missing.length) {
        setErrors(missing.map((s) => ({ href: `#r-${s.id}-1`, text: `Choose a rating for “${s.text}”` })));
        return;
      }
      go(i + 1);
    };
    const total = domains.length + (assessment.reflection ? 1 : 0);
    return (
      <div class="assessment" data-testid="self-rating" ref={box}>
        <StorageNotice />
        <ProgressBar value={i} max={total} label={onNote ? `Last step: your note` : `Part ${i + 1} of ${domains.length}`} />
        <ErrorSummary errors={errors} />
        <form onSubmit={next} noValidate>
          {onNote ? (
            <>
              <h2 tabIndex={-1} data-autofocus>
                A note for yourself (optional)
              </h2>
              <label for={`${id}-note`}>{assessment.reflection ?? 'Anything you want to remember about this?'}</label>
              <p class="hint" id={`${id}-note-hint`}>
                Only you can see this. It stays in this browser with your ratings.
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
              {d.skills.map((s) => {
                const bad = errors.some((e) => e.href === `#r-${s.id}-1`);
                return (
                  <fieldset key={s.id} class={bad ? 'has-error' : ''} aria-describedby={bad ? `r-${s.id}-error` : undefined}>
                    <legend>
                      {s.text}
                      {s.wording !== 'source' && <span class="skill-note"> {s.wording === 'reworded' ? '(Reworded by this hub.)' : '(Written for this hub; not from the sources.)'}</span>}
                      {s.reflective && <span class="skill-note"> For your own reflection: not counted in your profile.</span>}
                    </legend>
                    {bad && (
                      <p class="field-error" id={`r-${s.id}-error`}>
                        <span class="visually-hidden">Error:</span> Choose a rating
                      </p>
                    )}
                    <div class="scale">
                      {scale.map((label, n) => (
                        <div class="option" key={label}>
                          <input
                            type="radio"
                            id={`r-${s.id}-${n + 1}`}
                            name={`r-${s.id}`}
                            value={n + 1}
                            checked={draft.ratings[s.id] === n + 1}
                            onChange={() => rate(s.id, n + 1)}
                          />
                          <label for={`r-${s.id}-${n + 1}`}>{label}</label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            </>
          )}
          <div class="buttons">
            <button type="submit" class="button">
              {onNote ? 'See my results' : i === domains.length - 1 && !assessment.reflection ? 'See my results' : 'Continue'}
            </button>
            {i > 0 && (
              <button type="button" class="button secondary" onClick={() => go(i - 1)}>
                Back
              </button>
            )}
          </div>
        </form>
        <DraftNote what="ratings" onDiscard={() => discardDraft(id)} />
      </div>
    );
  }

  const latest = attempts.at(-1);
  const previous = attempts.at(-2);
  const profile = latest ? ratingProfile(assessment, latest.ratings) : [];
  const change = latest && previous ? ratingChange(ratingProfile(assessment, previous.ratings), profile) : null;
  const { strengths, growth } = strengthsAndGrowth(profile);
  const reflective = assessment.reflective;

  return (
    <div class="assessment" data-testid="self-rating" ref={box}>
      <StorageNotice />
      {latest && (
        <section class="results" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1} data-autofocus>
            Your {reflective ? 'check-in' : 'profile'} from {formatDate(latest.finishedAt)}
          </h2>
          <p>
            Each bar is the average of your ratings in that area, from 1 ({scale[0]}) to 4 ({scale[3]}).
            {reflective ? ' This is a picture of your habits this time, not a score.' : ''}
          </p>
          <div class="profile">
            <RatingChart profile={profile} scale={scale} titleId={`${id}-chart-title`} />
            <div class="table-scroll" tabIndex={0} role="region" aria-label="Your ratings as a table">
              <table>
                <caption>Your ratings by area (1 to 4)</caption>
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Average</th>
                    {change && <th scope="col">Last time</th>}
                    {change && <th scope="col">Change</th>}
                  </tr>
                </thead>
                <tbody>
                  {profile.map((d, n) => {
                    const c = change?.[n];
                    return (
                      <tr key={d.id}>
                        <th scope="row">{d.title}</th>
                        <td>{d.mean === null ? 'not rated' : d.mean.toFixed(1)}</td>
                        {change && <td>{c?.before === null || c?.before === undefined ? 'not rated' : c.before.toFixed(1)}</td>}
                        {change && (
                          <td>
                            {c?.delta === null || c?.delta === undefined
                              ? '–'
                              : c.delta > 0
                                ? `up ${c.delta.toFixed(1)}`
                                : c.delta < 0
                                  ? `down ${Math.abs(c.delta).toFixed(1)}`
                                  : 'no change'}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
          {!reflective && (
            <div class="strengths-growth">
              <div>
                <h3>Your strengths</h3>
                {strengths.length ? (
                  <ul>
                    {strengths.map((d) => (
                      <li key={d.id}>
                        {d.title} ({d.mean.toFixed(1)}). <a href={d.guide}>Read the guide</a> to help others with it.
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>No area averages 3 or more yet. That is normal early on.</p>
                )}
              </div>
              <div>
                <h3>Areas to grow</h3>
                {growth.length ? (
                  <ul>
                    {growth.map((d) => (
                      <li key={d.id}>
                        {d.title} ({d.mean.toFixed(1)}). <a href={d.guide}>Read the guide on this</a>.
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>No area averages below 2.5. Pick any area you want to deepen.</p>
                )}
              </div>
            </div>
          )}
          {reflective && (
            <p>
              If a practice feels out of reach right now, the <a href="/guides/team-resiliency-and-self-care/">self-care guide</a> has
              ideas, and your supervisor can help. If you are struggling, you can call or text 988 too: it is for helpers as
              well.
            </p>
          )}
          {latest.note && (
            <>
              <h3>Your note</h3>
              <p class="note-text">{latest.note}</p>
            </>
          )}
          <p>
            A printable summary to bring to supervision is on <a href="/progress/">My progress</a>.
          </p>
        </section>
      )}
      <div class="start">
        <h2 class={latest ? 'h3' : ''}>{latest ? 'Rate yourself again' : 'Start'}</h2>
        <p>
          {domains.length} areas, one at a time, {domains.reduce((n, d) => n + d.skills.length, 0)} {reflective ? 'practices' : 'skills'} in all. For each, choose
          the words that fit you today: {scale.join(', ')}.
        </p>
        <button type="button" class="button" onClick={start}>
          {latest ? 'Start a new rating' : 'Start rating'}
        </button>
      </div>
      {attempts.length > 1 && (
        <details class="history">
          <summary>Your past ratings ({attempts.length})</summary>
          <ul>
            {[...attempts].reverse().map((a) => {
              const p = ratingProfile(assessment, a.ratings).filter((d) => d.mean !== null);
              const avg = p.length ? p.reduce((n, d) => n + (d.mean ?? 0), 0) / p.length : 0;
              return (
                <li key={a.id}>
                  {formatDate(a.finishedAt)}: average {avg.toFixed(1)} across {p.length} areas
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
