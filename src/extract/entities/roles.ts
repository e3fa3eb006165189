import type { SourceType } from '../../domain';
import roles from '../../../resources/gazetteer/roles.json';
import { nameKey } from './nameKey';

/** Word lists for the entity and speaker rules (resources/gazetteer/roles.json). */
export interface RoleWords {
  /** Title phrases by key ("secretary of state", "prime minister", "gen"). */
  titles: Set<string>;
  /** Abbreviations of titles by key ("sp" -> "superintendent of police"). */
  titleAbbreviations: Map<string, string>;
  /** Longest title phrase in words. */
  maxTitleWords: number;
  honorifics: Set<string>;
  /** Honorifics that name an office, with the descriptions that refer back to their bearer ("gov" -> "governor"). */
  officeHonorifics: Map<string, readonly string[]>;
  roleModifiers: Set<string>;
  orgHeads: Map<string, SourceType>;
  /** Nouns before a body's name that say what it is ("state rail operator SNCF"), with the type they make it. */
  orgDescriptors: Map<string, SourceType>;
  particles: Set<string>;
  groups: Set<string>;
  officials: Set<string>;
  witnesses: Set<string>;
  /** More heads of a described speaker: people, bodies, records ("associate", "database"). */
  speakerNouns: Set<string>;
  /** Works whose author speaks through them ("a report by X"). */
  authoredWorks: Set<string>;
  /** Heads that stand before the real one ("one of the attorneys", "a chorus of Republicans"). */
  quantifierHeads: Set<string>;
}

let cached: RoleWords | null = null;

export function roleWords(): RoleWords {
  if (cached) return cached;
  const titles = new Set(roles.titles.map(nameKey));
  const orgHeads = new Map<string, SourceType>();
  for (const [type, heads] of Object.entries(roles.orgHeads)) for (const h of heads) if (!orgHeads.has(h)) orgHeads.set(h, type as SourceType);
  const orgDescriptors = new Map<string, SourceType>();
  for (const [type, words] of Object.entries(roles.orgDescriptors)) for (const w of words) orgDescriptors.set(w, type as SourceType);
  cached = {
    titles,
    titleAbbreviations: new Map(Object.entries(roles.titleAbbreviations)),
    maxTitleWords: Math.max(...[...titles].map((t) => t.split(' ').length)),
    honorifics: new Set(roles.honorifics.map(nameKey)),
    officeHonorifics: new Map(Object.entries(roles.officeHonorifics).map(([k, v]) => [nameKey(k), v.map(nameKey)])),
    roleModifiers: new Set(roles.roleModifiers.map(nameKey)),
    orgHeads,
    orgDescriptors,
    particles: new Set(roles.particles),
    groups: new Set(roles.groups),
    officials: new Set(roles.officials),
    witnesses: new Set(roles.witnesses),
    speakerNouns: new Set(roles.speakerNouns),
    authoredWorks: new Set(roles.authoredWorks),
    quantifierHeads: new Set(roles.quantifierHeads),
  };
  return cached;
}
