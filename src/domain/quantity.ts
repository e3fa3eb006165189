import type { Qualifier } from './kinds';

/** A number a claim states: "at least 25 fighters killed", "about 5m (16ft)". */
export interface Quantity {
  /** The words as written: "at least 25", "Dozens", "5m (16ft)". */
  text: string;
  /** Numeric value; vague counts take their magnitude (dozens 12, scores 20, hundreds 100, thousands 1000). */
  value: number;
  qualifier: Qualifier;
  /** Unit when there is one ("m", "km", "missiles" is a subject, not a unit). */
  unit: string | null;
  /** What is counted: "fighters", "US soldiers". */
  subject: string | null;
  /** What happened to it: "killed", "died", "wounded", "fired". */
  predicate: string | null;
}
