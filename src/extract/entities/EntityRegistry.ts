import { entityId, type Entity, type EntityType } from '../../domain';
import type { Mention } from './Mention';
import { nameKey } from './nameKey';
import { acronymOf } from './acronymOf';
import { roleOnDay } from './roleOnDay';

interface Known {
  name: string;
  type: EntityType;
  role: string | null;
  aliases: Set<string>;
  /** Word keys of every way the name was written, for surname look-ups (one entry per distinct form). */
  forms: Map<string, string[]>;
  /** Offset of the latest mention. */
  lastAt: number;
}

const PERSONISH = new Set<EntityType>(['person', 'other']);

/**
 * The entities of one article. Mentions are resolved in reading order: a surname or a
 * partial name ("Mahdi", "Mr Figueroa", "al-Muhandis") becomes the full name mentioned
 * before it, the most recent one when two people share the surname ("Bill Clinton" and
 * "Hillary Clinton" stay two people; "Clinton" is the one last named). Full names are
 * never merged with each other.
 */
export class EntityRegistry {
  private readonly known = new Map<string, Known>();
  /** Acronyms the article defined ("the International Atomic Energy Agency (IAEA)") -> the name. */
  private readonly acronyms = new Map<string, string>();

  /** `day` (YYYY-MM-DD), the article's publication day: office holders' gazetteer roles are read as of it. */
  constructor(private readonly day: string | null = null) {}

  /**
   * "The Philippine Institute of Volcanology and Seismology (Phivolcs)": `acronym`, a mention
   * written in brackets right after the resolved mention `full`, names the same body from here
   * on when it abbreviates it. A person's name takes no acronym, and a gazetteer name keeps its own.
   */
  defineAcronym(acronym: Mention, full: Mention): void {
    if (acronym.via === 'gazetteer' || full.type === 'person' || full.type === 'other' || this.acronyms.has(acronym.surface)) return;
    if (acronymOf(acronym.surface, full.surface) || acronymOf(acronym.surface, full.name)) this.acronyms.set(acronym.surface, full.name);
  }

  /** Resolves a mention to its canonical entity and records it. */
  resolve(mention: Mention): Mention {
    const m = mention.via === 'gazetteer' && mention.type === 'person' && mention.role !== null && this.day !== null ? { ...mention, role: roleOnDay(mention.name, mention.role, this.day) } : mention;
    const expanded = m.via === 'gazetteer' ? undefined : this.acronyms.get(m.surface);
    if (expanded !== undefined) {
      const k = this.known.get(expanded);
      if (k) {
        k.lastAt = m.start;
        k.aliases.add(m.surface);
        return { ...m, name: expanded, type: k.type, role: k.role, partial: false };
      }
    }
    let name = m.name;
    let type = m.type;
    const words = nameKey(m.surface).split(' ');
    const short = words.length <= 2 && (m.partial || (type === 'person' && m.via === 'gazetteer' && words.length === 1) || type === 'other');
    if (short || m.partial) {
      const full = this.fullNameEndingWith(words, m.start);
      if (full) {
        name = full.name;
        if (full.type === 'other') full.type = 'person';
        type = full.type;
      } else if (m.partial && m.type === 'other') {
        // A lone capitalised word nobody was named by: not an entity.
        return { ...m, partial: false };
      }
    }
    const k = this.known.get(name);
    if (k) {
      k.lastAt = m.start;
      if (m.surface !== name) k.aliases.add(straightApostrophes(m.surface));
      const fk = words.join(' ');
      if (!k.forms.has(fk)) k.forms.set(fk, words);
      if (k.type === 'other' && type !== 'other') k.type = type;
      if (!k.role && m.role && (name === m.name || m.via !== 'gazetteer')) k.role = m.role;
      if (k.type !== 'other') type = k.type;
    } else {
      const aliases = new Set<string>();
      if (m.surface !== name) aliases.add(straightApostrophes(m.surface));
      const own = nameKey(name).split(' ');
      const forms = new Map<string, string[]>([
        [words.join(' '), words],
        [own.join(' '), own],
      ]);
      this.known.set(name, { name, type, role: m.role, aliases, forms, lastAt: m.start });
    }
    // "Trump" read as Ivanka Trump named before: the gazetteer's role was Donald Trump's.
    const role = name !== m.name && m.via === 'gazetteer' ? (this.known.get(name)?.role ?? null) : m.role;
    return { ...m, name, type, role, partial: false };
  }

  /** Marks a name as a person or a body once a rule says so (it spoke: "Melezia Figueroa said"). */
  retype(name: string, type: EntityType): void {
    const k = this.known.get(name);
    if (k && k.type === 'other') k.type = type;
  }

  typeOf(name: string): EntityType | null {
    return this.known.get(name)?.type ?? null;
  }

  roleOf(name: string): string | null {
    return this.known.get(name)?.role ?? null;
  }

  /**
   * Entities worth listing: everything typed (names the rules could not type are left out).
   * `idOf` must equal entityId; the pipeline passes its per-name cache (slugging is not free).
   */
  entities(idOf: (name: string) => string = entityId): Entity[] {
    return [...this.known.values()]
      .filter((k) => k.type !== 'other')
      .map((k) => ({ id: idOf(k.name), name: k.name, type: k.type, aliases: [...k.aliases].filter((a) => a !== k.name).sort() }));
  }

  private fullNameEndingWith(words: string[], before: number): Known | null {
    let best: Known | null = null;
    for (const k of this.known.values()) {
      if (!PERSONISH.has(k.type) || k.lastAt > before) continue;
      let match = false;
      for (const f of k.forms.values()) {
        if (f.length > words.length && endsWithWords(f, words)) {
          match = true;
          break;
        }
      }
      if (match && (best === null || k.lastAt > best.lastAt)) best = k;
    }
    return best;
  }
}

/** The last words of `form` are `words` (a loop: this runs for every known name on every short mention). */
function endsWithWords(form: readonly string[], words: readonly string[]): boolean {
  const offset = form.length - words.length;
  for (let i = 0; i < words.length; i++) if (form[offset + i] !== words[i]) return false;
  return true;
}

/** "Kata’ib" as "Kata'ib"; the same string when it has no curly apostrophe (most names). */
function straightApostrophes(s: string): string {
  return s.includes('’') ? s.replace(/’/gu, "'") : s;
}
