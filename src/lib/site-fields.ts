// What a hub's id and folder may be (content/site.yaml `id` and `base`), in one place: the schema
// checks the file with these, the build configuration reads the file with them, and the storage
// keys fall back to the default id. Tiny and framework-free: every page's own script imports it.

/** The id a hub has unless site.yaml gives its own: today's storage keys start with it. */
export const DEFAULT_SITE_ID = 'pch';

/** A hub's id: a short word of lowercase letters and digits, starting with a letter. */
export const SITE_ID_PATTERN = /^[a-z][a-z0-9]{1,15}$/;

/** A folder the hub is served from: starts and ends with "/", for example "/peer-hub/". */
export const BASE_PATTERN = /^\/([a-zA-Z0-9._-]+\/)*$/;
