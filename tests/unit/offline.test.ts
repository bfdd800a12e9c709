import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOffline, formatBytes, offlinePlan } from '../../src/lib/offline.ts';
import { words } from './words.ts';

const t = words('en');

const status = (kept: number, keptBytes: number) => ({ files: 150, kept, bytes: 3_300_000, keptBytes, essentialBytes: 130_000 });

test('a page keeps itself and then the whole hub, unless the browser saves data or the reader chose to keep less', () => {
  assert.deepEqual(offlinePlan('auto', false), { keepPage: true, keepAll: true });
  assert.deepEqual(offlinePlan('auto', true), { keepPage: false, keepAll: false });
  assert.deepEqual(offlinePlan('light', false), { keepPage: false, keepAll: false });
  assert.deepEqual(offlinePlan('whole', true), { keepPage: true, keepAll: true }, "the reader's own choice wins over Save-Data");
});

test('sizes in KB and MB', () => {
  assert.equal(formatBytes(3_432_000), '3.4 MB');
  assert.equal(formatBytes(130_400), '130 KB');
  assert.equal(formatBytes(12), '1 KB');
  assert.equal(formatBytes(1_234_000_000, 'en'), '1,234.0 MB');
  assert.equal(formatBytes(1_234_000_000, 'es'), new Intl.NumberFormat('es-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234) + ' MB');
});

test('the same states in Spanish, from the Spanish dictionary', () => {
  const d = describeOffline(status(150, 3_300_000), 'auto', false, words('es'), 'es');
  assert.equal(d.state, 'whole');
  assert.match(d.text, /^Este navegador guarda todo el sitio/);
  assert.match(d.action.label, /^Liberar el espacio \(3.3 MB\)$/);
});

test('the page says which state the browser is in, with the one button that changes it', () => {
  const whole = describeOffline(status(150, 3_300_000), 'auto', false, t, 'en');
  assert.equal(whole.state, 'whole');
  assert.match(whole.text, /keeps the whole hub for offline use \(3\.4 MB\)/);
  assert.deepEqual(whole.action, { kind: 'free', label: 'Free the space (3.3 MB)' });

  const keeping = describeOffline(status(40, 900_000), 'auto', false, t, 'en');
  assert.equal(keeping.state, 'keeping');
  assert.match(keeping.text, /40 of 150 files so far \(900 KB of 3\.3 MB\)/);
  assert.equal(keeping.action.kind, 'free');

  const saving = describeOffline(status(0, 0), 'auto', true, t, 'en');
  assert.equal(saving.state, 'save-data');
  assert.match(saving.text, /asks websites to save data, so this hub keeps only what it needs to start offline \(130 KB\)/);
  assert.deepEqual(saving.action, { kind: 'keep', label: 'Keep the whole hub for offline use (3.4 MB)' });

  assert.equal(describeOffline(status(0, 0), 'light', false, t, 'en').state, 'light');
  assert.equal(describeOffline(status(3, 1000), 'whole', true, t, 'en').state, 'keeping', 'a reader who chose to keep it all sees it coming in');
});
