export interface PageWeight {
  html: number;
  css: number;
  /** External and inline JavaScript, gzipped. */
  js: number;
  inlineJs: number;
  total: number;
  files: string[];
}
export function pageWeight(dist: string, pagePath: string): PageWeight;
export const pageKinds: Record<'home' | 'guide' | 'role' | 'assessment' | 'progress', string>;
export const budgets: Record<'home' | 'guide' | 'role' | 'assessment' | 'progress', { total: number; js: number }>;
