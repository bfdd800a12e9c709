// Progress through a learning path, derived from the reader's record: a guide or role page is
// done when marked read; an assessment is done when it has a finished attempt (or, for a
// checklist, any item ticked). Pure, so the home page, path pages and progress page agree.
import { assessmentIdFrom, fixedPages } from './routes.ts';

export interface PathStep {
  page: string;
  minutes: number;
}

/**
 * The parts of a record a path needs. The home page passes a record read without full
 * validation (src/state/peek.ts), so every value is checked here before it counts.
 */
export interface RecordParts {
  read: Record<string, unknown>;
  attempts: Record<string, unknown>;
  checklists: Record<string, unknown>;
}

/** Index pages a path may point to ("read the role page for your setting"): done once any page under them is read. */
const indexPages: string[] = [fixedPages.guides, fixedPages.roles];

export function isStepDone(record: RecordParts, page: string): boolean {
  if (indexPages.includes(page)) return Object.keys(record.read).some((p) => p.startsWith(page) && p !== page);
  const assessment = assessmentIdFrom(page);
  if (assessment !== null) {
    const attempts = record.attempts[assessment];
    const checklist = record.checklists[assessment];
    const checked = typeof checklist === 'object' && checklist !== null ? (checklist as { checked?: unknown }).checked : undefined;
    return (Array.isArray(attempts) && attempts.length > 0) || (Array.isArray(checked) && checked.length > 0);
  }
  return typeof record.read[page] === 'string';
}

/** The steps a reader's record can show as done: pages of the hub (tasks with the agency are signed off on paper). */
export function trackedSteps<T extends { page?: string; minutes: number }>(steps: T[]): (T & { page: string })[] {
  return steps.filter((s): s is T & { page: string } => typeof s.page === 'string');
}

export function pathProgress(record: RecordParts, steps: PathStep[]) {
  const left = steps.filter((s) => !isStepDone(record, s.page));
  const done = steps.length - left.length;
  return {
    done,
    total: steps.length,
    percent: steps.length ? Math.round((done / steps.length) * 100) : 0,
    minutesLeft: left.reduce((n, s) => n + s.minutes, 0),
    next: left[0] ?? null,
    started: done > 0,
  };
}
