import { CAPS_LABEL_NAME, LABEL_ROLE } from './speakerLabel';
import { namedLabel, namedTurnLabels } from './namedTurnLabels';

/**
 * The turns of a transcript (a briefing, a broadcast interview): paragraphs that open with a
 * speaker label in capitals ("SECRETARY ESPER:", "STEVE INSKEEP, HOST:", "Q:") or with names as
 * written where the page is made of such turns ("Judy Woodruff:", namedTurnLabels). In a page with
 * at least MIN_TURNS of them:
 * - a paragraph without a label between two labelled ones goes on with the turn before it
 *   (a speaker's answer runs over several paragraphs), except after a question in a page that
 *   labels only its questions ("Q: …" then the answer: an interview's, whose speaker its
 *   introduction names);
 * - a speech printed whole has one label and an end line ("END 11:43 A.M. EST"): every paragraph
 *   between them is the speaker's;
 * - the questioner's and the moderator's turns ("Q:", "STAFF:", "MODERATOR:") say nothing a
 *   fact-checker would trace to the speakers answering: they give no claims, and a premise of
 *   the question ("Iraqi officials say 25 people were killed …") is not theirs either.
 */
export interface TranscriptTurns {
  /** Paragraph -> the labelled paragraph whose turn it continues. */
  continues: Map<number, number>;
  /** Paragraphs of questions and of the moderator, and those continuing them. */
  silent: Set<number>;
  /** Labels written as names that are turns here ("Judy Woodruff"; see namedTurnLabels). */
  named: ReadonlySet<string>;
  /** Initials that label the turns of a name labelled in full once ("LS" after "Lina Saadi:"). */
  initials: ReadonlyMap<string, string>;
}

const MIN_TURNS = 3;
// A label in capitals before a colon, an optional ", HOST" part after a comma; "Q." or "Q:" alone.
const TURN_LABEL = new RegExp(String.raw`^[“"]?(${CAPS_LABEL_NAME})${LABEL_ROLE}\s*:(?:\s|$)|^(Q)\.\s`, 'u');
/** Labels of the one asking or running the session, not of a speaker answering. */
const SILENT_LABELS = /^(?:Q|QUESTION|QUESTIONS|REPORTER|REPORTERS|UNIDENTIFIED REPORTER|STAFF|MODERATOR|OPERATOR|MODERATOR'S NOTE|CROSSTALK)$/u;

/** Labels of a question, after which an unlabelled paragraph is its answer. */
const QUESTION_LABELS = /^(?:Q|QUESTION)$/u;

/** The line that closes an official transcript: "END 11:43 A.M. EST", "###", "-30-". */
const TRANSCRIPT_END = /^(?:END(?:\s+\d{1,2}[:.]\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?)?|\(END\)|-- ?END ?--|###|-30-)$/u;

export function transcriptTurns(paragraphs: readonly string[]): TranscriptTurns {
  const { named, initials } = withInitials(paragraphs, namedTurnLabels(paragraphs));
  const labels = paragraphs.map((p) => {
    const m = TURN_LABEL.exec(p);
    const label = m ? (m[1] ?? m[2] ?? '').trim() : null;
    // "BAGHDAD (AP) —" has no colon; "NOTE:" or a one-letter label other than Q is no turn.
    if (label !== null && (label === 'Q' || /\p{Lu}{2}/u.test(label))) return label;
    const asWritten = named.size > 0 ? namedLabel(p) : null;
    return asWritten !== null && named.has(asWritten) ? asWritten : null;
  });
  const continues = new Map<number, number>();
  const silent = new Set<number>();
  const lastLabelled = labels.findLastIndex((l) => l !== null);
  // A speech printed whole ("PRESIDENT TRUMP: …" over twenty paragraphs, then "END 11:43 A.M. EST")
  // has one label: the end line closing the transcript says where the speaker's words stop.
  const end = lastLabelled < 0 ? -1 : paragraphs.findIndex((p, i) => i > lastLabelled && TRANSCRIPT_END.test(p.trim()));
  if (labels.filter((l) => l !== null).length < MIN_TURNS && end < 0) return { continues, silent, named, initials };
  const until = end >= 0 ? end : lastLabelled;
  const answersLabelled = labels.some((l) => l !== null && !SILENT_LABELS.test(l));
  let last = -1;
  labels.forEach((label, i) => {
    if (label !== null) {
      last = i;
      if (SILENT_LABELS.test(label)) silent.add(i);
      return;
    }
    // Furniture after the last turn ("-- END --", a footer) continues nothing.
    if (last < 0 || i > until || i === end) return;
    // "Q: How big is Kataib Hezbollah?" then an unlabelled paragraph, in a page that labels no answer: the
    // answer, not more of the question (a briefing labels its answers, and a question may run on there).
    if (!answersLabelled && QUESTION_LABELS.test(labels[last]!)) return;
    continues.set(i, last);
    if (silent.has(last)) silent.add(i);
  });
  return { continues, silent, named, initials };
}

/**
 * An interview that names each side in full once ("Foreign Policy:", "Lina Saadi:") and by initials
 * after ("FP:", "LS:"): the full labels are turns too, and the initials stand for them.
 */
function withInitials(paragraphs: readonly string[], named: ReadonlySet<string>): { named: ReadonlySet<string>; initials: ReadonlyMap<string, string> } {
  const caps = new Set<string>();
  for (const p of paragraphs) {
    const m = INITIALS_LABEL.exec(p);
    if (m) caps.add(m[1]!);
  }
  const initials = new Map<string, string>();
  if (caps.size === 0) return { named, initials };
  for (const p of paragraphs) {
    const label = namedLabel(p);
    if (label === null) continue;
    const letters = label.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
    if (caps.has(letters) && !initials.has(letters)) initials.set(letters, label);
  }
  return initials.size === 0 ? { named, initials } : { named: new Set([...named, ...initials.values()]), initials };
}

/** "LS: That's the big question.": two or three capitals as a turn's label. */
const INITIALS_LABEL = /^(\p{Lu}{2,3}):\s/u;
