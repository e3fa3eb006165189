import type { Qualifier } from '../../domain';

/**
 * Words before a number that bound or soften it (data; longest phrases first so that
 * "no more than" wins over "more than"). "as many as" and "up to" give an upper bound
 * (`at_most`): the figure is the most that is claimed.
 */
export const QUALIFIER_PHRASES: ReadonlyArray<{ words: readonly string[]; qualifier: Qualifier }> = [
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'less', 'than'], qualifier: 'at_least' },
  { words: ['a', 'minimum', 'of'], qualifier: 'at_least' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['not', 'more', 'than'], qualifier: 'at_most' },
  { words: ['a', 'maximum', 'of'], qualifier: 'at_most' },
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  { words: ['as', 'much', 'as'], qualifier: 'at_most' },
  { words: ['in', 'excess', 'of'], qualifier: 'more_than' },
  { words: ['well', 'over'], qualifier: 'more_than' },
  { words: ['just', 'over'], qualifier: 'more_than' },
  { words: ['well', 'above'], qualifier: 'more_than' },
  { words: ['just', 'under'], qualifier: 'less_than' },
  { words: ['just', 'below'], qualifier: 'less_than' },
  { words: ['an', 'estimated'], qualifier: 'approx' },
  { words: ['close', 'to'], qualifier: 'approx' },
  { words: ['more', 'or', 'less'], qualifier: 'approx' },
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['up', 'to'], qualifier: 'at_most' },
  { words: ['more', 'than'], qualifier: 'more_than' },
  { words: ['upwards', 'of'], qualifier: 'more_than' },
  { words: ['fewer', 'than'], qualifier: 'less_than' },
  { words: ['less', 'than'], qualifier: 'less_than' },
  { words: ['over'], qualifier: 'more_than' },
  { words: ['above'], qualifier: 'more_than' },
  { words: ['under'], qualifier: 'less_than' },
  { words: ['below'], qualifier: 'less_than' },
  { words: ['about'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['some'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['approx'], qualifier: 'approx' },
  { words: ['nearly'], qualifier: 'approx' },
  { words: ['almost'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
];

/** Words after a count that bound or soften it when nothing precedes it: "25 or so", "50 or more". */
export const TRAILING_QUALIFIERS: ReadonlyArray<{ words: readonly string[]; qualifier: Qualifier }> = [
  { words: ['or', 'so'], qualifier: 'approx' },
  { words: ['or', 'more'], qualifier: 'at_least' },
  { words: ['or', 'fewer'], qualifier: 'at_most' },
  { words: ['or', 'less'], qualifier: 'at_most' },
];
