// The part of My progress about the reader's copy of their data: download it, load a copy,
// damaged data set aside, and deleting everything. One island; each part is its own component.
import KeepCopy from './KeepCopy';
import LoadCopy from './LoadCopy';
import SetAside from './SetAside';
import DeleteAll from './DeleteAll';
import type { BackupHub } from '../../lib/backup';
import { withText } from '../shared/text';

/** `hub`: this hub's id and name, written into a downloaded file and compared with a loaded one. */
function YourData({ hub }: { hub: BackupHub }) {
  return (
    <div class="no-print">
      <KeepCopy hub={hub} />
      <LoadCopy hub={hub} />
      <SetAside />
      <DeleteAll />
    </div>
  );
}

export default withText(YourData);
