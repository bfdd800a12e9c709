// The localStorage keys of the reader's record, shared by the full store (record.ts) and the
// light read-only peek (peek.ts), which must not load the store.
export const RECORD_KEY = 'pch-record';
/** A damaged record is kept under this prefix plus the time it was set aside. */
export const DAMAGED_PREFIX = 'pch-record-damaged-';
