// Words a reader sees for each enumerated value in the content schemas, in the page's language:
// they live in the dictionaries (content/i18n/<lang>.yaml, under `labels`); this file only says
// which values each list has and in what order they are shown.
import type { Translate } from './i18n.ts';
import { audiences, crisisElements, driftKinds, phases, settings, type Topic } from '../schemas/enums.ts';

/** Topics in the order the guides index shows them. */
export const topicOrder = [
  'peer-support-basics',
  'crisis-system',
  'roles',
  'scope-and-ethics',
  'competencies',
  'trauma-and-culture',
  'role-drift',
  'supervision',
  'self-care',
  'recovery-planning',
  'agencies',
] as const satisfies readonly Topic[];

export const assessmentKinds = ['knowledge', 'self-rating', 'checklist'] as const;

/** Every list's labels in one language. */
export function labelsIn(t: Translate) {
  const of = <K extends string>(group: string, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, t(`labels.${group}.${k}`)])) as Record<K, string>;
  return {
    audience: of('audience', audiences),
    topic: of('topic', topicOrder),
    setting: of('setting', settings),
    phase: of('phase', phases),
    crisisElement: of('crisisElement', crisisElements),
    driftKind: of('driftKind', driftKinds),
    assessmentKind: of('assessmentKind', assessmentKinds),
  };
}
export type Labels = ReturnType<typeof labelsIn>;
