// Damaged data the hub could not read and kept instead of deleting: download it or remove it.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { DAMAGED_PREFIX } from '../../state/keys';
import { $record, damagedBackups, removeDamagedBackup } from '../../state/record';
import { download } from './download';
import { useText } from '../shared/text';

export default function SetAside() {
  const { t } = useText();
  useStore($record); // "Delete all my data" removes them too: look again when the record changes
  const [, setRemoved] = useState(0);
  const backups = damagedBackups();
  if (!backups.length) return null;
  const when = (key: string) => key.slice(DAMAGED_PREFIX.length, DAMAGED_PREFIX.length + 10);
  const fileName = (key: string) => `peer-crisis-hub-damaged-${key.slice(-24).replace(/[^0-9TZ-]/g, '')}.txt`;
  return (
    <>
      <h2>{t('progress.setAsideHeading')}</h2>
      <p>{t('progress.setAsideText')}</p>
      <ul>
        {backups.map((b) => (
          <li key={b.key}>
            {t('progress.setAsideItem', { date: when(b.key) })}{' '}
            <button type="button" class="link-button" onClick={() => download(fileName(b.key), b.text, 'text/plain')}>
              {t('progress.downloadIt')}
            </button>{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                removeDamagedBackup(b.key);
                setRemoved((n) => n + 1);
              }}
            >
              {t('progress.remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
