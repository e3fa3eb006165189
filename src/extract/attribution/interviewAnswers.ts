/**
 * An interview set out as questions in bold and answers after them, with no speaker labels
 * ("**Is Iran going to retaliate, and how?**" / "Yes. I don't think …"): the introduction names
 * whom the writer spoke to ("I spoke with Nadia Karimi, who spent 11 years …"), and each
 * paragraph after a question, up to the next one, is that person's answer. The questions stay the
 * outlet's words. Transcripts with labelled turns are transcriptTurns'.
 */
export interface InterviewAnswers {
  /** Paragraphs that are answers. */
  answers: ReadonlySet<number>;
  /** The first question's paragraph: the introduction runs before it. -1 when the page is no such interview. */
  first: number;
}

/** A page needs this many questions set apart to be read as an interview. */
const MIN_QUESTIONS = 2;

/** The introduction's words for talking with the interviewee: "I spoke with", "talked to", "in an interview with" (not a byline's "Interview by"). */
export const INTERVIEW_INTRO = /\b(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:with|to)\b|\binterviewed\b|\b(?:interview|conversation)\s+with\b/iu;

const NONE: InterviewAnswers = { answers: new Set(), first: -1 };

export function interviewAnswers(paragraphs: readonly string[], questions: readonly string[]): InterviewAnswers {
  if (questions.length < MIN_QUESTIONS) return NONE;
  const asked = new Set(questions.map((q) => q.trim()));
  const isQuestion = paragraphs.map((p) => asked.has(p.trim()));
  if (isQuestion.filter(Boolean).length < MIN_QUESTIONS) return NONE;
  const first = isQuestion.indexOf(true);
  const answers = new Set<number>();
  for (let i = first + 1; i < paragraphs.length; i++) if (!isQuestion[i]) answers.add(i);
  return { answers, first };
}
