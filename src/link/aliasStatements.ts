import { initials } from './foldName';

/**
 * Aliases an article states itself: "Popular Mobilization Units, ... also known as Hashd
 * al-Shaabi", "Kata'ib Hizbollah (KH)", "Abu Mahdi al-Muhandis, also known as Jamal
 * Jaafar Ibrahimi". Only names the extraction found are considered on the left, so a
 * stray parenthesis does not invent an organisation.
 */
export interface AliasStatement {
  name: string;
  alias: string;
  cue: string;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:al-|el-|bin\s|of\s|the\s)?[\p{Lu}][\p{L}'’.-]*){0,5}`;
const AKA = new RegExp(String.raw`(?:,\s*|\s+)(?:also\s+|otherwise\s+|better\s+|widely\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?(${NAME})`, 'gu');
const PAREN = new RegExp(String.raw`\s*\((${NAME})\)`, 'gu');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findAliasStatements(text: string, knownNames: readonly string[]): AliasStatement[] {
  const out: AliasStatement[] = [];
  const names = [...new Set(knownNames.filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = new RegExp(`${escapeRe(name)}`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = at.exec(text)) !== null) {
      const after = text.slice(m.index + name.length, m.index + name.length + 160);
      // "X (KH)": an acronym of X's initials.
      PAREN.lastIndex = 0;
      const p = PAREN.exec(after);
      if (p && p.index === 0) {
        const inner = (p[1] as string).trim();
        if (/^[A-Z]{2,6}$/.test(inner) && initials(name) === inner.toLowerCase()) out.push({ name, alias: inner, cue: `${name} (${inner})` });
      }
      // "X, a ... militia also known as Y": the clause may describe X first, within one sentence.
      const clause = after.split(/[.;]\s/u)[0] as string;
      AKA.lastIndex = 0;
      const k = AKA.exec(clause);
      if (k && (k[1] as string).trim() !== name) {
        // Right after the name, or after an appositive (", a Tehran-backed militia also known as")
        // with no other clause in between; "X met Y, also known as Z" names Y, not X.
        const between = clause.slice(0, k.index);
        const direct = between.trim() === '';
        const appositive = /^,\s+(a|an|the)\s[^,]*$/u.test(between) && !/\b(said|told|met|and)\b/u.test(between);
        if (direct || appositive) out.push({ name, alias: (k[1] as string).trim(), cue: k[0].trim() });
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((a) => {
    const key = `${a.name}\u0000${a.alias}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
