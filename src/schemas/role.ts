// A role page: content/roles/<slug>.mdx, published at /roles/<slug>/. It has a guide's fields and
// three more that place the role in the crisis system.
import { z } from 'zod';
import { crisisElements, phases, settings } from './enums.ts';
import { nonEmptyList } from './fields.ts';
import { pageFields } from './page.ts';

export const roleSchema = z
  .object({
    ...pageFields,
    phases: nonEmptyList(z.enum(phases), 'phase').describe('Where the role works in the crisis continuum: before, during or after a crisis.'),
    crisisElement: z.enum(crisisElements).describe('The part of the Crisis Now model the role belongs to.'),
    setting: z
      .enum(settings)
      .refine((s) => s !== 'all-settings', 'a role page names one setting, not all-settings')
      .describe('The one crisis setting the role works in (not `all-settings`).'),
  })
  .strict();
