// Progress through a learning path, derived from the reader's record: a guide or role page is
// done when marked read; an assessment is done when it has a finished attempt (or, for a
// checklist, any item ticked). Pure, so the home page, path pages and progress page agree.
import type { ReaderRecord } from './record.ts';

export interface PathStep {
  page: string;
  minutes: number;
}

export function isStepDone(record: ReaderRecord, page: string): boolean {
  const m = /^\/assessments\/([^/]+)\/$/.exec(page);
  if (m) return (record.attempts[m[1]]?.length ?? 0) > 0 || (record.checklists[m[1]]?.checked.length ?? 0) > 0;
  return Boolean(record.read[page]);
}

export function pathProgress(record: ReaderRecord, steps: PathStep[]) {
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
