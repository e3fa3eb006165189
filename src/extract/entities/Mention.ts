import type { EntityType } from '../../domain';

/** A name found in a sentence, before article-level resolution. */
export interface Mention {
  /** Absolute offsets of the name as written (possessive ’s excluded). */
  start: number;
  end: number;
  surface: string;
  /** Canonical name: the gazetteer's, or the cleaned surface for names found by rules. */
  name: string;
  type: EntityType;
  /** Role or title given in the text ("US secretary of state"), else the gazetteer's. */
  role: string | null;
  /** Written with a possessive ’s ("Kataib Hezbollah’s commander"). */
  possessive: boolean;
  /** How it was found: a gazetteer alias, a country demonym, or a rule (title, appositive, org head). */
  via: 'gazetteer' | 'demonym' | 'rule';
  /** A demonym used as an adjective ("Iraqi forces"): not a mention of the country as an actor. */
  adjective: boolean;
  /** A single word of a person's name ("Mahdi", "Mr Figueroa"): resolved against the article's full names. */
  partial: boolean;
  /** A capital or seat of government that speaks for a country ("Washington"). */
  actsAs: string | null;
  /** Start of the role text before the name, when there is one (so the speaker NP covers it). */
  roleStart: number | null;
}
