import type { SourceType } from './kinds';

/** Who a claim is credited to or who published an article: a person, a body, an agency, an outlet, a crowd. */
export interface Source {
  id: string;
  /** Canonical name ("Kataib Hezbollah", "Associated Press"). */
  name: string;
  type: SourceType;
  /** Role or title when known ("US secretary of state"). */
  role: string | null;
  /** Every other spelling seen or merged in; never contains `name` itself. */
  aliases: string[];
}

/** How a claim names its speaker (interchange JSON `speaker`). */
export interface Speaker {
  name: string;
  type: SourceType;
  role: string | null;
}
