// Fixed pages of the hub (not generated from a content file). The content check uses this
// list to know which internal links are valid before the site is built; the built-site link
// check then confirms every link against the real output.
export const staticPages = [
  '/',
  '/guides/',
  '/roles/',
  '/assessments/',
  '/paths/',
  '/glossary/',
  '/sources/',
  '/search/',
  '/progress/',
  '/about/',
  '/print/',
] as const;

export const collectionRoutes = {
  guides: '/guides/',
  roles: '/roles/',
  assessments: '/assessments/',
  paths: '/paths/',
} as const;
