// Field kinds and checks shared by several schemas. Each schema describes its own use of them.
import { z } from 'zod';

/** An id: lowercase letters, digits and single hyphens, for example "peer-drift". */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (for example "peer-drift")');

/** A list of one or more ids from content/sources.yaml. */
export const sourceIds = z.array(slugId).min(1, 'list at least one source id from content/sources.yaml');

/** An address on this hub, starting with "/", for example "/guides/scope-of-practice/". */
export const internalPath = z
  .string()
  .regex(/^\/[a-z0-9\-/#]*$/, 'use a path on this site that starts with "/" (for example "/guides/scope-of-practice/")');

/** A list that must hold at least one item; `what` names the item in the error. */
export const nonEmptyList = <T extends z.ZodType>(item: T, what: string) => z.array(item).min(1, `list at least one ${what}`);

/** Reports each repeated id in a list, naming the repeated item's `id` field. */
export const uniqueIds = (items: { id: string }[], ctx: z.RefinementCtx, path: (string | number)[], what: string) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
};

/** Plain words for a misspelt field, or for something that is not a block of fields at all. */
export const fieldsAre = (what: string, fields: string[]) => (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `${iss.keys!.map((k) => `"${k}"`).join(', ')} is not a field of ${what}: its fields are ${fields.join(', ')} (check the spelling and capitals)`
    : iss.code === 'invalid_type'
      ? `write ${what} as fields (${fields.join(', ')}), each on its own line`
      : undefined;
