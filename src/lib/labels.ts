// Words a reader sees for each enumerated value in the content schemas.
import type { Audience, Topic, Setting, Phase, DriftKind } from '../schemas/enums.ts';

export const audienceLabels: Record<Audience, string> = {
  'peer-worker': 'Peer workers',
  supervisor: 'Supervisors',
  agency: 'Agencies',
  public: 'Everyone',
};

/** Listed in the order the guides index shows them. */
export const topicLabels: Record<Topic, string> = {
  'peer-support-basics': 'Peer support basics',
  'crisis-system': 'The crisis system',
  roles: 'Peer roles in crisis settings',
  'scope-and-ethics': 'Scope of practice and ethics',
  competencies: 'Competencies and certification',
  'trauma-and-culture': 'Trauma and culture',
  'role-drift': 'Role drift',
  supervision: 'Supervision and debriefing',
  'self-care': 'Self-care and team resiliency',
  'recovery-planning': 'Person-centered planning',
  agencies: 'For agencies',
};

export const settingLabels: Record<Setting, string> = {
  'all-settings': 'All settings',
  '988-and-crisis-lines': '988 and crisis lines',
  'mobile-crisis': 'Mobile crisis teams',
  'crisis-stabilization': 'Crisis stabilization',
  'peer-run-respite': 'Peer-run respite',
  'emergency-department': 'Emergency departments',
  inpatient: 'Inpatient units',
  outreach: 'Outreach and harm reduction',
  'drop-in-center': 'Drop-in centers',
  'post-crisis': 'After a crisis',
};

export const phaseLabels: Record<Phase, string> = {
  prevention: 'Crisis prevention',
  response: 'Crisis response',
  'post-crisis': 'Post-crisis care',
};

export const crisisElementLabels = {
  'someone-to-talk-to': 'Someone to talk to',
  'someone-to-respond': 'Someone to respond',
  'a-place-to-go': 'A place to go',
  'beyond-crisis-now': 'Around the Crisis Now services',
} as const;

export const driftKindLabels: Record<DriftKind, string> = {
  organizational: 'Organizational drift',
  'individual-clinical': 'Individual drift toward a clinical role',
  'individual-informal': 'Individual drift toward an informal role',
  'appears-wrong-but-in-role': 'Looks wrong, but is in role',
  'feels-right-but-unethical': 'Feels right, but crosses an ethical line',
};

export const assessmentKindLabels = {
  knowledge: 'Knowledge check',
  'self-rating': 'Self-rating',
  checklist: 'Checklist',
} as const;
