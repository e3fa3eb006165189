import type { EntityType } from '../../domain';
import agencies from '../../../resources/gazetteer/agencies.json';
import people from '../../../resources/gazetteer/people.json';
import organizations from '../../../resources/gazetteer/organizations.json';
import government from '../../../resources/gazetteer/government.json';
import places from '../../../resources/gazetteer/places.json';
import { isAcronym, nameKey } from './nameKey';

/** One entry of resources/gazetteer/*.json. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  role: string | null;
  /** Countries: adjectives and nouns for their people ("Iraqi", "Iraqis"). */
  demonyms?: string[];
  /** Capitals and seats of government that speak for a country ("Washington" -> "United States"). */
  actsAs?: string;
  /** Places: the place or country this one lies in ("Green Zone" -> "Baghdad" -> "Iraq"). */
  within?: string;
  /** A country or place in one time zone: its standard offset from UTC in minutes, and its summer-time rule. */
  zone?: PlaceZone;
}

/**
 * Summer time, by the rule each place kept around 2020: the European Union's and the United
 * States' dates, Iran's (22 March to 22 September) and the southern hemisphere's (October to April).
 */
export type SummerTime = 'eu' | 'us' | 'iran' | 'south';

export interface PlaceZone {
  utcOffset: number;
  dst: SummerTime | null;
}

const SUMMER_TIMES = new Set<string>(['eu', 'us', 'iran', 'south']);

/** What an alias key points to; `acronym` aliases match only when written in capitals. */
export interface AliasHit {
  entry: GazetteerEntry;
  acronym: boolean;
  /** The alias is a country demonym, not a name. */
  demonym: boolean;
  /** The alias begins lower-case (al-Qaim): no capital letter required. */
  lowerStart: boolean;
}

export interface Gazetteer {
  byKey: Map<string, AliasHit[]>;
  /** Every alias key cut after each of its words ("united", "united states"): an n-gram not in it cannot grow into an alias. */
  prefixes: Set<string>;
  /** The same for the aliases that begin lower-case ("al-Qaim"): the only ones a lower-case word can start. */
  lowerPrefixes: Set<string>;
  maxWords: number;
  byName: Map<string, GazetteerEntry>;
}

const TYPES = new Set<EntityType>(['person', 'organization', 'government', 'news_agency', 'outlet', 'group', 'country', 'place', 'other']);

interface RawEntry {
  name: string;
  type: string;
  aliases?: string[];
  role?: string | null;
  demonyms?: string[];
  actsAs?: string;
  within?: string;
  utcOffset?: number;
  dst?: string;
}

function zoneOf(raw: RawEntry): PlaceZone | null {
  if (raw.utcOffset === undefined) return null;
  if (!Number.isInteger(raw.utcOffset) || Math.abs(raw.utcOffset) > 14 * 60) throw new Error(`gazetteer: ${raw.name}: utcOffset ${raw.utcOffset} is not minutes from UTC`);
  if (raw.dst !== undefined && !SUMMER_TIMES.has(raw.dst)) throw new Error(`gazetteer: ${raw.name}: unknown summer-time rule ${raw.dst}`);
  return { utcOffset: raw.utcOffset, dst: (raw.dst as SummerTime | undefined) ?? null };
}

/** Builds the alias index from entry lists (the bundled resources by default). Data errors fail loudly at load. */
export function buildGazetteer(lists: RawEntry[][]): Gazetteer {
  const byKey = new Map<string, AliasHit[]>();
  const prefixes = new Set<string>();
  const byName = new Map<string, GazetteerEntry>();
  let maxWords = 1;
  const add = (alias: string, hit: AliasHit): void => {
    // "the Pentagon" is matched as "Pentagon"; a capitalised "The" belongs to the name ("The Times").
    const a = alias.replace(/^the\s+/u, '');
    const key = nameKey(a);
    if (key === '') return;
    const hits = byKey.get(key) ?? [];
    if (!hits.some((h) => h.entry === hit.entry && h.demonym === hit.demonym)) hits.push({ ...hit, acronym: isAcronym(a), lowerStart: /^\p{Ll}/u.test(a) });
    byKey.set(key, hits);
    const words = key.split(' ');
    addPrefixes(prefixes, words);
    maxWords = Math.max(maxWords, words.length);
  };
  for (const list of lists) {
    for (const raw of list) {
      if (!TYPES.has(raw.type as EntityType)) throw new Error(`gazetteer: ${raw.name}: unknown type ${raw.type}`);
      const zone = zoneOf(raw);
      const entry: GazetteerEntry = {
        name: raw.name,
        type: raw.type as EntityType,
        aliases: raw.aliases ?? [],
        role: raw.role ?? null,
        ...(raw.demonyms ? { demonyms: raw.demonyms } : {}),
        ...(raw.actsAs ? { actsAs: raw.actsAs } : {}),
        ...(raw.within ? { within: raw.within } : {}),
        ...(zone ? { zone } : {}),
      };
      byName.set(entry.name, entry);
      const base = { entry, acronym: false, demonym: false, lowerStart: false };
      add(entry.name, base);
      for (const a of entry.aliases) add(a, base);
      for (const d of entry.demonyms ?? []) add(d, { ...base, demonym: true });
    }
  }
  for (const e of byName.values()) {
    if (e.within !== undefined && !byName.has(e.within)) throw new Error(`gazetteer: ${e.name}: within ${e.within}, which is not an entry`);
  }
  const lowerPrefixes = new Set<string>();
  for (const [key, hits] of byKey) if (hits.some((h) => h.lowerStart)) addPrefixes(lowerPrefixes, key.split(' '));
  return { byKey, prefixes, lowerPrefixes, maxWords, byName };
}

/** Adds the key cut after each of its words ("united", "united states"). */
function addPrefixes(prefixes: Set<string>, words: string[]): void {
  for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
}

let bundled: Gazetteer | null = null;

/** The gazetteer built from resources/gazetteer (agencies, people, organisations, government bodies, places). */
export function gazetteer(): Gazetteer {
  if (bundled === null) bundled = buildGazetteer([agencies, people, organizations, government, places] as RawEntry[][]);
  return bundled;
}

/** A name the gazetteer lists as a country ("Iraq", "United States"). */
export function isCountryName(name: string, g: Gazetteer = gazetteer()): boolean {
  return g.byName.get(name)?.type === 'country';
}

/** A name (any alias, any case) the gazetteer lists as a place or a country ("BAGHDAD", "Iraq"). */
export function isPlaceName(name: string, g: Gazetteer = gazetteer()): boolean {
  return (g.byKey.get(nameKey(name)) ?? []).some((h) => (h.entry.type === 'place' || h.entry.type === 'country') && !h.demonym);
}

/** A place and the places it lies in, innermost first; just the place when the gazetteer does not say. */
function placeChain(g: Gazetteer, place: string): string[] {
  const chain = [place];
  for (let e = g.byName.get(place); e?.within !== undefined && !chain.includes(e.within) && chain.length < 8; e = g.byName.get(e.within)) chain.push(e.within);
  return chain;
}

/**
 * Two places the gazetteer knows to be apart: each lies somewhere known and neither lies in
 * the other ("Taji" and "Kirkuk"; not "Green Zone" and "Baghdad", nor a place it has no
 * entry for).
 */
export function placesApart(a: string, b: string, g: Gazetteer = gazetteer()): boolean {
  if (a === b) return false;
  const ca = placeChain(g, a);
  const cb = placeChain(g, b);
  if (ca.length < 2 || cb.length < 2) return false;
  return !ca.includes(b) && !cb.includes(a);
}

/** One place lies in the other by the gazetteer ("Green Zone" in "Baghdad", "K1 military base" in "Iraq"). */
export function placesNested(a: string, b: string, g: Gazetteer = gazetteer()): boolean {
  return a !== b && (placeChain(g, a).includes(b) || placeChain(g, b).includes(a));
}

/** Does `inner` lie within `outer` ("Mogadishu" within "Somalia")? */
export function placeWithin(inner: string, outer: string, g: Gazetteer = gazetteer()): boolean {
  return inner !== outer && placeChain(g, inner).includes(outer);
}

/**
 * The time zone a place keeps: its own, or that of the nearest place or country it lies in
 * that has one zone ("Erbil" -> "Iraq"). Null for a country of several zones ("United States")
 * and for places the gazetteer does not know.
 */
export function placeZone(place: string, g: Gazetteer = gazetteer()): PlaceZone | null {
  for (const p of placeChain(g, place)) {
    const zone = g.byName.get(p)?.zone;
    if (zone) return zone;
  }
  return null;
}

/** The towns and regions a place lies in, innermost first, without countries ("Baghdad International Airport" -> ["Baghdad"]). */
export function placeAncestors(place: string, g: Gazetteer = gazetteer()): string[] {
  return placeChain(g, place)
    .slice(1)
    .filter((p) => !isCountryName(p, g));
}
