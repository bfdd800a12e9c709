// One entry of content/moved.yaml: a page that was merged into another or renamed. Its old
// address stays as a short page that says where it went and links on, so bookmarks, printed
// handouts and search engines still work.
import { z } from 'zod';
import { internalPath } from './fields.ts';

export const movedPageSchema = z
  .object({
    from: internalPath.describe('The old address, for example `/guides/support-for-peer-staff/`; no page may live there now.'),
    to: internalPath.describe('Where its content lives now: any page of the hub.'),
    title: z.string().min(3).max(120).describe('The old page\'s title, as a reader may remember it.'),
    note: z.string().min(10).describe('One or two sentences on what happened to the content, for example what was merged where.'),
  })
  .strict();
