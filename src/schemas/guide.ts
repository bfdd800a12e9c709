// A guide: content/guides/<slug>.mdx, published at /guides/<slug>/.
import { z } from 'zod';
import { pageFields } from './page.ts';

export const guideSchema = z.object(pageFields).strict();
