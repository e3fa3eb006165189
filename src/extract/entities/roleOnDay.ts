import { gazetteer } from './gazetteer';
import { TENURES, type Tenure } from './tenures';

/** Office holders by canonical name (the first of `names`). */
let byName: Map<string, Tenure[]> | null = null;

function tenuresOf(name: string): Tenure[] {
  if (byName === null) {
    byName = new Map();
    for (const t of TENURES) byName.set(t.names[0]!, [...(byName.get(t.names[0]!) ?? []), t]);
  }
  return byName.get(name) ?? [];
}

/**
 * The gazetteer's role of an office holder as it stood on `day`: "US president" for Barack Obama
 * in 2016 (the gazetteer writes "former US president"), "former US secretary of state" for Mike
 * Pompeo in 2023, no role for Donald Trump in 2016 (not yet in office). Only for one who held one
 * office in tenures.json, and only the gazetteer's own role; anyone else, another role or no day keeps
 * the role as given.
 */
export function roleOnDay(name: string, role: string | null, day: string | null): string | null {
  if (role === null || day === null) return role;
  // A role the text gave ("a former commander of the 82nd Airborne Division") is the text's.
  if (role !== gazetteer().byName.get(name)?.role) return role;
  const held = tenuresOf(name);
  if (held.length !== 1) return role;
  const spans = held[0]!.spans;
  const office = role.replace(/^former\s+/iu, '');
  if (spans.some(([from, to]) => from <= day && (to === null || day < to))) return office;
  if (spans.every(([from]) => day < from)) return null;
  return `former ${office}`;
}
