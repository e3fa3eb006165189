import { cuesToParagraphs, seconds, type CueLine } from './subtitleCues';

/**
 * A transcript whose turns carry the recording's position: "[00:01:12] ANN LEE: We were told …",
 * "(01:12) Ann Lee: …", "00:01:12 ANN LEE: …" (a podcast's or a TV segment's transcript, an
 * automatic transcriber's export). The position is no part of what was said, and in front of the
 * speaker's label it hides the label. Where most of a text's lines open with one, it is taken
 * off. A live blog's entry times ("10:45 GMT – …", "14:02 Iran's foreign minister …") are left
 * alone: they are clock times, which a recording's position written bare is told from by its
 * seconds ("00:01:12"), or they are not in brackets.
 */

/** A position in brackets ("[01:12]", "[00:01:12]", "(1:02:33)", "[00:01:12.500]") or bare with its seconds ("00:01:12"). */
const POSITION = /^(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]|\((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\)|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)(?:\s*[-–—|]\s*|\s+)(?=\S)/u;
/** Fewest positioned lines, and their least share of the text's lines, for the text to be a timed transcript. */
const MIN_LINES = 3;
const MIN_SHARE = 0.5;

/** A position alone on its line, over the words said from there (a video site's transcript copied out: "0:04" / "after a fire that the"). */
const POSITION_ALONE = /^\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?$/u;
/** Positions alone on their lines this close together (seconds, median) are a recording's, not a live blog's clock. */
const MAX_STEP = 30;

export function withoutLinePositions(text: string): string {
  if (text.indexOf(':') === -1) return text;
  const lines = text.split('\n');
  let filled = 0;
  let timed = 0;
  let alone = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    filled++;
    if (POSITION.test(t)) timed++;
    else if (POSITION_ALONE.test(t)) alone++;
  }
  if (alone >= MIN_LINES && alone * 2 >= filled * 0.6) return positionedPieces(lines) ?? text;
  if (timed < MIN_LINES || timed < filled * MIN_SHARE) return text;
  return lines.map((line) => {
    const t = line.trimStart();
    const m = POSITION.exec(t);
    return m ? t.slice(m[0].length) : line;
  }).join('\n');
}

/**
 * A video site's transcript: a position on a line, the words said from there on the next, a
 * sentence running over several. Its words are joined into paragraphs as subtitle cues are
 * (subtitleCues.ts). Null where it is not one: the positions are far apart (a live blog's
 * clock times, "10:45" then "11:30") or the lines under them are whole sentences.
 */
function positionedPieces(lines: readonly string[]): string | null {
  const pieces: CueLine[] = [];
  let at: number | null = null;
  const before: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    const m = POSITION_ALONE.exec(t);
    if (m) {
      at = seconds(m[1]!);
      continue;
    }
    if (at === null) before.push(t);
    else pieces.push({ text: t, start: at, end: at, opensTurn: false });
  }
  if (pieces.length < MIN_LINES) return null;
  const steps = pieces.slice(1).map((p, i) => p.start - pieces[i]!.start).sort((a, b) => a - b);
  const median = steps[Math.floor(steps.length / 2)] ?? 0;
  const fragments = pieces.filter((p) => !/[.!?]["”’')\]]?$/u.test(p.text)).length;
  if (median > MAX_STEP || fragments < pieces.length * 0.4) return null;
  // Each piece ends where the next begins, so that a long silence still shows as a pause.
  const timed = pieces.map((p, i) => ({ ...p, end: Math.min(pieces[i + 1]?.start ?? p.start, p.start + 8) }));
  const head = before.length > 0 ? `${before.join('\n')}\n\n` : '';
  return head + cuesToParagraphs(timed);
}
