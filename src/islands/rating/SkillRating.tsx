// One skill of a self-rating: its words, who wrote them, and the four-point scale.
import type { SelfRatingAssessment } from '../../schemas/assessment-self-rating';

import { useText } from '../shared/text';

type Skill = SelfRatingAssessment['domains'][number]['skills'][number];

interface Props {
  skill: Skill;
  scale: readonly string[];
  value: number | undefined;
  /** The reader tried to go on without rating it. */
  error: boolean;
  onRate: (value: number) => void;
}

export default function SkillRating({ skill: s, scale, value, error, onRate }: Props) {
  const { t } = useText();
  return (
    <fieldset class={error ? 'has-error' : ''} aria-describedby={error ? `r-${s.id}-error` : undefined}>
      <legend>
        {s.text}
        {s.wording !== 'source' && <span class="skill-note"> {s.wording === 'reworded' ? t('rating.reworded') : t('rating.written')}</span>}
        {s.reflective && <span class="skill-note"> {t('rating.reflectiveSkill')}</span>}
      </legend>
      {error && (
        <p class="field-error" id={`r-${s.id}-error`}>
          <span class="visually-hidden">{t('assessment.error')}</span> {t('rating.chooseRating')}
        </p>
      )}
      <div class="scale">
        {scale.map((label, n) => (
          <div class="option" key={label}>
            <input type="radio" id={`r-${s.id}-${n + 1}`} name={`r-${s.id}`} value={n + 1} checked={value === n + 1} onChange={() => onRate(n + 1)} />
            <label for={`r-${s.id}-${n + 1}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
