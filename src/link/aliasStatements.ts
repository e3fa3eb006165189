import { acronymOf } from '../extract/entities/acronymOf';

/**
 * Aliases an article states itself: "Popular Mobilization Units, a Tehran-backed militia
 * also known as Hashd al-Shaabi", "Kata'ib Hizbollah (KH)", "Abu Mahdi al-Muhandis, also
 * known as Jamal Jaafar Ibrahimi". Only names the extraction found are considered on the
 * left, so a stray parenthesis does not invent an organisation. The text is scanned once for
 * the cues; names are then looked for just before each cue.
 */
export interface AliasStatement {
  name: string;
  alias: string;
  cue: string;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:al-|el-|bin\s|of\s|the\s)?[\p{Lu}][\p{L}'’.-]*){0,5}`;
const AKA = new RegExp(String.raw`(?:,\s*|\s+)(?:also\s+|otherwise\s+|better\s+|widely\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?(${NAME})`, 'gu');
const PAREN = new RegExp(String.raw`\s*\((\p{Lu}\p{L}{1,9})\)`, 'gu');

export function findAliasStatements(text: string, knownNames: readonly string[]): AliasStatement[] {
  const names = [...new Set(knownNames.filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const out: AliasStatement[] = [];
  const seen = new Set<string>();
  const push = (a: AliasStatement): void => {
    const key = `${a.name}\u0000${a.alias}`;
    if (seen.has(key) || a.name === a.alias) return;
    seen.add(key);
    out.push(a);
  };

  // "X (KH)", "X (Phivolcs)": the acronym abbreviates X, X right before the parenthesis.
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m !== null; m = PAREN.exec(text)) {
    const acr = m[1] as string;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const name = names.find((n) => before.endsWith(n) && acronymOf(acr, n));
    if (name) push({ name, alias: acr, cue: `${name} (${acr})` });
  }

  // "X, a ... militia also known as Y": the name right before the cue, or before an appositive
  // (", a Tehran-backed militia") with no other clause in between; "X met Y, also known as Z" names Y.
  AKA.lastIndex = 0;
  for (let m = AKA.exec(text); m !== null; m = AKA.exec(text)) {
    // The name pattern allows dots (initials), so cut at a sentence end.
    const alias = ((m[1] as string).split(/\.\s/u)[0] as string).replace(/[.,]+$/u, '').trim();
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const sentence = before.split(/[.;]\s/u).pop() as string;
    for (const name of names) {
      const at = sentence.lastIndexOf(name);
      if (at < 0) continue;
      const between = sentence.slice(at + name.length);
      const direct = between.trim() === '';
      const appositive = /^,\s+(a|an|the)\s[^,]*$/u.test(between) && !/\b(said|told|met|and)\b/u.test(between);
      if (direct || appositive) {
        push({ name, alias, cue: m[0].trim() });
        break;
      }
    }
  }
  return out;
}
