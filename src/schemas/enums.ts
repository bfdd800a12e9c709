// The fixed lists of values some content fields take. The words a reader sees for each value
// are in the dictionaries (content/i18n/<lang>.yaml, under `labels`); content/README.md lists both for content editors.

/** Who a page is written for (the `audience` field). */
export const audiences = ['peer-worker', 'supervisor', 'agency', 'public'] as const;

/** What a page is about (the `topics` field), in the order the guides index lists them. */
export const topics = [
  'peer-support-basics',
  'crisis-system',
  'roles',
  'scope-and-ethics',
  'competencies',
  'role-drift',
  'supervision',
  'self-care',
  'trauma-and-culture',
  'agencies',
  'recovery-planning',
] as const;

/** The crisis settings a page, question or example speaks to (`settings`, `setting`). */
export const settings = [
  'all-settings',
  '988-and-crisis-lines',
  'mobile-crisis',
  'crisis-stabilization',
  'peer-run-respite',
  'emergency-department',
  'inpatient',
  'outreach',
  'drop-in-center',
  'post-crisis',
] as const;

/** Where a role works in the crisis continuum: before, during or after a crisis (`phases`). */
export const phases = ['prevention', 'response', 'post-crisis'] as const;

/** The part of the Crisis Now model a role belongs to (`crisisElement`). */
export const crisisElements = ['someone-to-talk-to', 'someone-to-respond', 'a-place-to-go', 'beyond-crisis-now'] as const;

/** The kinds of example a DriftExample shows (its `kind`). */
export const driftKinds = [
  'organizational',
  'individual-clinical',
  'individual-informal',
  'appears-wrong-but-in-role',
  'feels-right-but-unethical',
] as const;

export type Audience = (typeof audiences)[number];
export type Topic = (typeof topics)[number];
export type Setting = (typeof settings)[number];
export type Phase = (typeof phases)[number];
export type DriftKind = (typeof driftKinds)[number];
