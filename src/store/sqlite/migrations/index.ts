import type { Migration } from './Migration';
import { migration001 } from './001_initial';

export type { Migration } from './Migration';

/** Every schema step in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001];
