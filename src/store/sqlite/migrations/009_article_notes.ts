import type { Migration } from './Migration';

/**
 * Articles keep the corrections, clarifications, editor's notes and update notices their pages
 * printed (Article.notes), as a JSON array. Articles stored before have none: the notes were
 * dropped with the page's furniture then, and re-ingesting an article that is already stored
 * changes nothing.
 */
export const migration009: Migration = {
  version: 9,
  name: 'article notes',
  sql: `ALTER TABLE articles ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';`,
};
