// The part of My progress about the reader's copy of their data: download it, load a copy,
// damaged data set aside, and deleting everything. One island; each part is its own component.
import KeepCopy from './KeepCopy';
import LoadCopy from './LoadCopy';
import SetAside from './SetAside';
import DeleteAll from './DeleteAll';

export default function YourData() {
  return (
    <div class="no-print">
      <KeepCopy />
      <LoadCopy />
      <SetAside />
      <DeleteAll />
    </div>
  );
}
