import type { Migration } from './Migration';
import { migration001 } from './001_initial';
import { migration002 } from './002_bulk_fts';
import { migration003 } from './003_drop_claims_article';
import { migration004 } from './004_group_per_article';
import { migration005 } from './005_claim_via';
import { migration006 } from './006_article_keys_rowid';
import { migration007 } from './007_event_redirects';
import { migration008 } from './008_anchor_months';
import { migration009 } from './009_article_notes';

export type { Migration } from './Migration';

/** Every schema step in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];
