// Progress through a learning path, derived from the reader's record: a guide or role page is
// done when marked read; an assessment is done when it has a finished attempt (or, for a
// checklist, any item ticked). Pure, so the home page, path pages and progress page agree.
import type { ReaderRecord } from './record.ts';

export interface PathStep {
  page: string;
  minutes: number;
}

/** Index pages a path may point to ("read the role page for your setting"): done once any page under them is read. */
const indexPages = ['/guides/', '/roles/'];

export function isStepDone(record: Pick<ReaderRecord, 'read' | 'attempts' | 'checklists'>, page: string): boolean {
  if (indexPages.includes(page)) return Object.keys(record.read ?? {}).some((p) => p.startsWith(page) && p !== page);
  const m = /^\/assessments\/([^/]+)\/$/.exec(page);
  // Written defensively: the home page reads the record without full validation.
  if (m) {
    const attempts = record.attempts[m[1]];
    const checked = record.checklists[m[1]]?.checked;
    return (Array.isArray(attempts) && attempts.length > 0) || (Array.isArray(checked) && checked.length > 0);
  }
  return typeof record.read[page] === 'string';
}

/** The steps a reader's record can show as done: pages of the hub (tasks with the agency are signed off on paper). */
export function trackedSteps<T extends { page?: string; minutes: number }>(steps: T[]): (T & { page: string })[] {
  return steps.filter((s): s is T & { page: string } => typeof s.page === 'string');
}

export function pathProgress(record: Pick<ReaderRecord, 'read' | 'attempts' | 'checklists'>, steps: PathStep[]) {
  const done = steps.filter((s) => isStepDone(record, s.page));
  const next = steps.find((s) => !isStepDone(record, s.page)) ?? null;
  return {
    done: done.length,
    total: steps.length,
    percent: steps.length ? Math.round((done.length / steps.length) * 100) : 0,
    minutesLeft: steps.filter((s) => !isStepDone(record, s.page)).reduce((n, s) => n + s.minutes, 0),
    next,
    started: done.length > 0,
  };
}
