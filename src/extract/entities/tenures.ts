import raw from '../../../resources/gazetteer/tenures.json';
import { gazetteer } from './gazetteer';

/** One office holder of resources/gazetteer/tenures.json. */
export interface Tenure {
  /** The canonical name first, as the people list spells it. */
  names: string[];
  titles: string[];
  /** The country or body whose office it is, by its gazetteer name ("United States", "United Nations"). */
  of: string;
  /** [from, to) of each term (YYYY-MM-DD); a null end is a term still running. */
  spans: Array<[string, string | null]>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Checks office holders as tenures.json gives them: a data error fails loudly, naming the entry. */
export function checkTenures(list: readonly Tenure[]): Tenure[] {
  return list.map((t) => {
    const name = t.names[0] ?? '(no name)';
    if (t.names.length === 0 || t.titles.length === 0 || typeof t.of !== 'string') throw new Error(`tenures: ${name}: names, titles and of are required`);
    if (!gazetteer().byName.has(t.of)) throw new Error(`tenures: ${name}: "of" ${t.of} is not a gazetteer entry`);
    for (const span of t.spans) {
      if (span.length !== 2 || !DAY.test(span[0]) || (span[1] !== null && (!DAY.test(span[1]) || span[1] <= span[0]))) throw new Error(`tenures: ${name}: bad term ${JSON.stringify(span)}`);
    }
    return t;
  });
}

/** The bundled office holders, checked at load. */
export const TENURES: readonly Tenure[] = checkTenures(raw as unknown as Tenure[]);
