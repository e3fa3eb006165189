import type { Migration } from './Migration';

/** Claim.via (the intermediary the words came through), as JSON; NULL when the claim has none. */
export const migration005: Migration = {
  version: 5,
  name: 'claims.via',
  sql: `ALTER TABLE claims ADD COLUMN via TEXT;`,
};
