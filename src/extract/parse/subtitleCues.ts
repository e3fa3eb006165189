/**
 * A broadcast's subtitles or captions (SubRip .srt, WebVTT .vtt), as fact-checkers save them from
 * a TV or radio segment: numbered cues, each a timing line ("00:00:04,200 --> 00:00:07,900") and
 * a line or two of words, a sentence running on over several cues. Read as they are, every cue
 * is a paragraph, its timing line glued to its words and each sentence cut at its cue's end.
 * They are turned into the transcript they spell: cue numbers, timing lines, styling and sound
 * notes ("[MUSIC]", "♪") dropped, the words joined, a new paragraph at each change of speaker
 * ("ANN LEE:", WebVTT's "<v Ann Lee>", the captioner's ">>", a dialogue dash) and where the
 * segment pauses after a sentence, so that the transcript's speaker labels are read as turns.
 */

/** "00:00:04,200 --> 00:00:07,900" (SRT) or "00:04.200 --> 00:07.900 align:start" (WebVTT). */
const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})(?:\s.*)?$/u;
/** Fewest timing lines that make a text subtitles. */
const MIN_CUES = 3;
/** A pause this long (seconds) after a sentence's end starts a new paragraph. */
const PAUSE = 1.5;
/** A paragraph grows no longer than this before a sentence's end closes it. */
const MAX_PARAGRAPH = 700;
/** A sound or music note on its own: "[MUSIC]", "(applause)", "♪ … ♪". */
const SOUND_NOTE = /^(?:\[[^\]]{1,40}\]|\([^)]{1,40}\)|♪.*)$/u;
/** A speaker label at a cue line's start: "ANN LEE:", "PRESENTER:", ">> ANN LEE:". */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:\s*\([^)]{1,30}\))?:\s/u;
/** WebVTT's voice span: "<v Ann Lee>" or "<v.loud Ann Lee>". */
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]{1,60})>/u;

/** Whether a text is subtitles: at least MIN_CUES timing lines, or a WebVTT header with one. */
export function isSubtitles(text: string): boolean {
  const head = text.slice(0, 4096);
  const webvtt = /^\uFEFF?WEBVTT(?:[ \t].*)?$/mu.test(head.split('\n', 1)[0] ?? '');
  let cues = 0;
  for (const line of head.split('\n')) {
    if (TIMING.test(line) && ++cues >= MIN_CUES) return true;
  }
  return webvtt && cues > 0;
}

/** A position in a recording, "01:02:33,500" or "4:12", in seconds. */
export function seconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** A cue line's words without WebVTT's and SRT's styling: "<i>", "<c.yellow>", "<00:00:05.000>", "{\an8}". */
function plain(line: string): string {
  return line
    .replace(/\{\\[^}]*\}/gu, '')
    .replace(/<\/?(?:i|b|u|c|ruby|rt|lang|font)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>/gu, '')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&nbsp;/gu, ' ')
    .trim();
}

/** A line of a cue's words, with its cue's times. */
export interface CueLine {
  text: string;
  /** The cue's start and end, seconds. */
  start: number;
  end: number;
  /** The line opens a new speaker's turn. */
  opensTurn: boolean;
}

/** The transcript a subtitle file spells; a text that is not subtitles comes back as it is. */
export function subtitlesToText(text: string): string {
  if (!isSubtitles(text)) return text;
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  const pieces: CueLine[] = [];
  let start = 0;
  let end = 0;
  let inCue = false;
  // WebVTT's blocks other than cues: the header, NOTE, STYLE and REGION blocks, up to a blank line.
  let skipping = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      inCue = false;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    if (!inCue && /^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/u.test(line)) {
      skipping = true;
      continue;
    }
    const timing = TIMING.exec(line);
    if (timing) {
      start = seconds(timing[1]!);
      end = seconds(timing[2]!);
      inCue = true;
      continue;
    }
    // A cue's number or identifier: the line just before its timing line.
    if (!inCue && TIMING.test(lines[i + 1] ?? '')) continue;
    if (!inCue) continue;
    let words = plain(line);
    let opensTurn = false;
    const voice = VOICE.exec(words);
    if (voice) {
      // Written as a transcript's label in capitals, which the turns of a transcript are read by.
      words = `${voice[1]!.trim().toUpperCase()}: ${words.slice(voice[0].length).replace(/<\/v>/gu, '').trim()}`;
      opensTurn = true;
    } else {
      words = words.replace(/<\/v>/gu, '');
    }
    if (/^>>+\s*/u.test(words)) {
      words = words.replace(/^>>+\s*/u, '');
      opensTurn = true;
    }
    if (/^[-–]\s+\S/u.test(words)) {
      words = words.replace(/^[-–]\s+/u, '');
      opensTurn = true;
    }
    if (words === '' || SOUND_NOTE.test(words)) continue;
    pieces.push({ text: words, start, end, opensTurn });
  }
  return cuesToParagraphs(pieces);
}

/**
 * Cue lines joined into paragraphs: a new one at a change of speaker, and after a sentence's
 * end where the recording pauses or the paragraph has grown long.
 */
export function cuesToParagraphs(pieces: readonly CueLine[]): string {
  const paragraphs: string[] = [];
  // The open paragraph's lines and length: joined once when it closes (a string grown line by line and
  // read at each line would be copied whole each time).
  let cur: string[] = [];
  let length = 0;
  let lastEnd = 0;
  for (const p of pieces) {
    const sentenceDone = cur.length > 0 && /[.!?]["”’')\]]?$/u.test(cur[cur.length - 1]!);
    const pause = p.start - lastEnd >= PAUSE;
    if (cur.length > 0 && (p.opensTurn || CAPS_LABEL.test(p.text) || (sentenceDone && (pause || length >= MAX_PARAGRAPH)))) {
      paragraphs.push(cur.join(' '));
      cur = [];
      length = 0;
    }
    cur.push(p.text);
    length += p.text.length + 1;
    lastEnd = Math.max(lastEnd, p.end);
  }
  if (cur.length > 0) paragraphs.push(cur.join(' '));
  return paragraphs.join('\n\n');
}
