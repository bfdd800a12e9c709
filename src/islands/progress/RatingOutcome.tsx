// A self-rating on My progress: the latest average per area and its change since the rating
// before, strengths and growth areas, and the reader's own note (printed only when they choose).
import { formatDate } from '../../lib/dates';
import { shortenNote } from '../../lib/printed-note';
import { useStore } from '@nanostores/preact';
import { describeChange, ratingText, type AssessmentOutline } from '../../lib/results';
import { ratingResults } from '../../state/results';
import { $notesInRecord } from './message';
import { useText } from '../shared/text';

export default function RatingOutcome({ outline: a }: { outline: Extract<AssessmentOutline, { kind: 'self-rating' }> }) {
  const { t, lang } = useText();
  const { latest, previous, profile, change, strengths, growth, history } = useStore(ratingResults(a.id, a));
  const notesInRecord = useStore($notesInRecord);
  if (!latest) return null;
  const names = (list: { title: string }[]) => list.map((d) => d.title).join(', ');
  const note = latest.note?.trim();
  // The one-page study record prints a long note's start, and says the rest is on this page.
  const printed = shortenNote(note ?? '');
  return (
    <>
      <p>
        {t('progress.ratingLatest', { date: formatDate(latest.finishedAt, undefined, 'long', lang) })}
        {history.length > 1 ? ` ${t('progress.ratingInAll', { n: history.length })}` : ''}: {t('progress.ratingAverages')}
        {change && previous ? `, ${t('progress.ratingChangeSince', { date: formatDate(previous.finishedAt, undefined, 'short', lang) })}` : ''}.
      </p>
      <table class="compact">
        <caption class="visually-hidden">{t('progress.ratingCaption', { title: a.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rating.area')}</th>
            <th scope="col">{t('rating.average')}</th>
            {change && <th scope="col">{t('rating.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {profile.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{ratingText(d.mean, t, lang)}</td>
              {change && <td class="change">{describeChange(change.find((c) => c.id === d.id)?.delta ?? null, t, lang)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {!a.reflective && (
        <p>
          {t('progress.strengthsLine', { strengths: strengths.length ? names(strengths) : t('progress.noneYet'), growth: growth.length ? names(growth) : t('progress.noneBelow') })}
        </p>
      )}
      {note && (
        <p class={notesInRecord ? 'own-note' : 'own-note no-print'}>
          <strong>{t('progress.yourNote')}</strong> <span class={printed.cut ? 'no-print' : undefined}>{note}</span>
          {printed.cut && <span class="print-only">{printed.text} {t('progress.noteCut')}</span>}
        </p>
      )}
    </>
  );
}
