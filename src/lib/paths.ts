// Progress through a learning path, derived from the reader's record: a guide or role page is
// done when marked read; an assessment is done when it has a finished attempt (or, for a
// checklist, any item ticked). Pure, so the home page, path pages and progress page agree.
import type { ReaderRecord } from './record.ts';

export interface PathStep {
  page: string;
  minutes: number;
}

export function isStepDone(record: Pick<ReaderRecord, 'read' | 'attempts' | 'checklists'>, page: string): boolean {
  const m = /^\/assessments\/([^/]+)\/$/.exec(page);
  // Written defensively: the home page reads the record without full validation.
  if (m) {
    const attempts = record.attempts[m[1]];
    const checked = record.checklists[m[1]]?.checked;
    return (Array.isArray(attempts) && attempts.length > 0) || (Array.isArray(checked) && checked.length > 0);
  }
  return typeof record.read[page] === 'string';
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
