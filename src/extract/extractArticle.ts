import {
  articleIdFromHash,
  badInput,
  claimId,
  contentHash,
  entityId,
  eventRef,
  sourceId,
  type Article,
  type Claim,
  type EntityRef,
  type Event,
  type EventRef,
  type Source,
  type SourceType,
  type Speaker,
} from '../domain';
import { attributeSentence, type SentenceAttributions } from './attribution/attributeSentence';
import { creditLoneQuotes } from './attribution/creditLoneQuotes';
import { SpeakerResolver, sourceTypeOf } from './attribution/SpeakerResolver';
import { detectCertainty } from './certainty/detectCertainty';
import { isChargeDenialNote } from './certainty/chargeDenial';
import { caveatOf, mentionsAny } from './claims/caveatOf';
import { checkworthiness } from './claims/checkworthiness';
import { claimSentenceVerdict, MAX_CLAIM_SENTENCE } from './claims/claimSentenceVerdict';
import { draftClaims, type BlockSpeaker, type ClaimDraft } from './claims/draftClaims';
import { factCheckVerdicts, type CheckedClaim } from './claims/factCheckVerdicts';
import { isFactCheckLine } from './parse/factCheckLabels';
import { tweetSignature } from './attribution/tweetSignature';
import { isWholeQuotation, quoteSignature } from './attribution/quoteSignature';
import type { SplitFacts } from './claims/splitAssertion';
import { cleanArticle } from './clean/cleanArticle';
import { isPersonName } from './clean/rules/bylineRules';
import { EntityRegistry } from './entities/EntityRegistry';
import { gazetteer } from './entities/gazetteer';
import type { Mention } from './entities/Mention';
import { nameKey } from './entities/nameKey';
import { tagEntities } from './entities/tagEntities';
import { assignEvents, eventForSpan, type SentenceContext } from './events/assignEvents';
import { resolveDates } from './events/resolveDates';
import { extractQuantities } from './quantities/extractQuantities';
import { carryRivalFigures, type Counted } from './quantities/carryRivalFigures';
import { quoteSpans } from './segment/quoteSpans';
import type { Sentence } from './segment/Sentence';
import { splitSentences } from './segment/splitSentences';
import { transcriptTurns } from './attribution/transcriptTurns';
import { interviewAnswers, INTERVIEW_INTRO } from './attribution/interviewAnswers';
import type { CleanArticle, Extraction, ParsedArticle } from './types';

/** Mentions that take no part in a happening: places, untyped names, and the press reporting it. */
const NOT_PARTICIPANTS = new Set<string>(['place', 'other', 'outlet', 'news_agency']);
/** Figures that give a happening's toll: the claim goes with the happening named right before them. */
const TOLL_PREDICATES = /^(?:killed|died|wounded|injured|killed or injured)$/u;

/** What a sentence no one is credited with yields (a table's row). */
const NO_ATTRIBUTION: SentenceAttributions = { attributions: [], introduces: null, embedded: false };

/**
 * Articles longer than this are refused: a real article is well under 100 000 characters,
 * and the limit keeps a stray 10 MB dump to a quick, clear error instead of minutes of work.
 */
export const MAX_ARTICLE_CHARS = 1_500_000;

/** A caveat about "the number of dead", "the casualty figures", "the toll" speaks of a toll, not of any figure. */
const TOLL_WORDS = /\b(?:dead|deaths?|casualt\w*|tolls?|killed|wounded|injured|injur\w*|victims?)\b/iu;
const PICTURES = /\b(?:footage|videos?|images?|pictures?|photos?|photographs?)\b/iu;

/** Extracts one parsed article: cleaning, then claims with speakers, quantities, events and certainty. */
export function extractArticle(parsed: ParsedArticle): Extraction {
  if (parsed.body.length > MAX_ARTICLE_CHARS) {
    throw badInput(`${parsed.file ?? 'input'}: article text of ${parsed.body.length} characters is over the limit of ${MAX_ARTICLE_CHARS}`, { file: parsed.file });
  }
  return extractClean(cleanArticle(parsed));
}

/** Paragraphs whose sentences are one speaker's by default: a transcript's turn, a statement introduced before it. */
interface SpeakerBlock {
  speaker: Speaker;
  paragraph: number;
  cue: string;
  kind: 'attributed' | 'quote';
}

interface SentenceWork {
  sentence: Sentence;
  mentions: Mention[];
  drafts: ClaimDraft[];
}

/**
 * The extraction pipeline after cleaning: sentences -> entities (resolved across the
 * article) -> attributions -> claim drafts -> events, quantities, certainty,
 * check-worthiness -> the Extraction with every Source, Event and Entity referred to.
 */
export function extractClean(clean: CleanArticle): Extraction {
  const parsed = clean.parsed;
  const hash = contentHash(clean.text);
  const id = articleIdFromHash(hash);
  const sentences = splitSentences(clean.text, clean.paragraphs);
  const day = /^\d{4}-\d{2}-\d{2}/u.exec(parsed.published ?? '')?.[0] ?? null;
  const registry = new EntityRegistry(day);
  const resolver = new SpeakerResolver(registry, day);
  const seen = new Set<string>();
  const facts = splitFacts(parsed.published);
  const work: SentenceWork[] = [];
  let block: SpeakerBlock | null = null;
  // A transcript's turns: answers over several paragraphs, and the questions that are no one's claims.
  const texts = clean.paragraphs.map((_p, i) => paragraphText(clean, i));
  const turns = transcriptTurns(texts);
  // An interview of questions in bold: the answers are the person the introduction names.
  const interview = interviewAnswers(texts, parsed.questions ?? []);
  let interviewee: Speaker | null = null;
  resolver.turnLabels = turns.named;
  resolver.turnInitials = turns.initials;
  const turnBlocks = new Map<number, SpeakerBlock>();
  // A quotation left open at the end of a paragraph, and the last paragraph it has run through.
  let openQuote: { speaker: Speaker; cue: string; paragraph: number } | null = null;
  // Read once per paragraph: a long paragraph has many sentences.
  const marks = new Map<number, boolean>();
  const paragraphHasMarks = (paragraph: number): boolean => {
    let has = marks.get(paragraph);
    if (has === undefined) marks.set(paragraph, (has = hasQuoteMarks(paragraphText(clean, paragraph))));
    return has;
  };
  const signed = signedParagraphs(clean);

  sentences.forEach((s, si) => {
    if (s.text.length > MAX_CLAIM_SENTENCE) {
      work.push({ sentence: s, mentions: [], drafts: [] });
      return;
    }
    work.push(sentenceWork(s, sentences[si + 1]));
  });
  creditLoneQuotes(work, (p) => paragraphText(clean, p), clean.text);

  function sentenceWork(s: Sentence, next: Sentence | undefined): SentenceWork {
    const mentions = tagEntities(s.text, s.start);
    for (let i = 0; i < mentions.length; i++) {
      const m = (mentions[i] = registry.resolve(mentions[i]!));
      const after = mentions[i + 1];
      // "the International Atomic Energy Agency (IAEA)": the bracketed acronym names it from here on.
      if (after && after.start === m.end + 2 && s.text.startsWith(' (', m.end - s.start) && s.text.charAt(after.end - s.start) === ')') registry.defineAcronym(after, m);
    }
    const quotes = quoteSpans(s.text);
    resolver.observe(mentions, (at) => quotes.some((q) => at - s.start > q.open && (q.close < 0 || at - s.start < q.close)), s.index, s.text, s.start);
    if (turns.silent.has(s.paragraph)) return { sentence: s, mentions, drafts: [] };
    // (The last the introduction names: "Interview by Ellen Marsh" is the interviewer, "… spoke with Lina Saadi" after it the one answering.)
    if (s.paragraph < interview.first) interviewee = introducedInterviewee(s, mentions, resolver) ?? interviewee;
    // A table's row is the outlet's compilation: "Reported casualties: …" under a column is no one's saying.
    const found = s.kind === 'table' ? NO_ATTRIBUTION : attributeSentence({ sentence: s, mentions, resolver });
    // "Iraq PM: US strikes 'vicious'": a headline (the first line) credited to its label needs no verb.
    const judged = claimSentenceVerdict(s, seen);
    const verdict = found.labels && s.paragraph === 0 && judged === 'no predicate' ? null : judged;
    if (found.introduces) {
      // "X released the following statement:" — the next paragraph is X's words.
      block = { speaker: found.introduces, paragraph: s.paragraph + 1, cue: 'statement', kind: 'attributed' };
      resolver.spoke(found.introduces, s.index, null);
      return { sentence: s, mentions, drafts: [] };
    }
    if (found.labels && clean.paragraphs[s.paragraph]?.start === s.start) {
      // "WALLACE: …" — the rest of the paragraph is the labelled speaker's too.
      // A transcript's turn is the speaker's own words; a headline's label ("Iraq PM: …") a statement.
      const turn = found.turn === true;
      block = { speaker: found.labels, paragraph: s.paragraph, cue: turn ? 'transcript' : 'statement', kind: turn ? 'quote' : 'attributed' };
      if (turn) turnBlocks.set(s.paragraph, block);
    } else if (clean.paragraphs[s.paragraph]?.start === s.start) {
      // A paragraph of the turn before it: the same speaker's words.
      const of = turns.continues.get(s.paragraph);
      const turnBlock = of === undefined ? undefined : turnBlocks.get(of);
      if (turnBlock) block = { ...turnBlock, paragraph: s.paragraph };
      else if (interviewee !== null && interview.answers.has(s.paragraph)) block = { speaker: interviewee, paragraph: s.paragraph, cue: 'interview', kind: 'quote' };
    }
    // "“At the direction of the Commander in Chief, … Iraq." then "Approximately 750 soldiers will
    // deploy …": a quotation left open at a paragraph's end runs on through the paragraphs after it
    // that have no quotation marks and no speaker of their own (excerpts and stripped pages drop
    // the marks that reopen it).
    if (openQuote && (s.paragraph > openQuote.paragraph + 1 || found.attributions.length > 0 || paragraphHasMarks(s.paragraph))) openQuote = null;
    const carried = openQuote && s.paragraph === openQuote.paragraph + 1 ? openQuote : null;
    const signedBlock = signed.get(s.paragraph) ?? null;
    const blockSpeaker =
      signedBlock ??
      (block && block.paragraph === s.paragraph ? { speaker: block.speaker, cue: block.cue, kind: block.kind, cutAt: null } : null) ??
      (carried ? { speaker: carried.speaker, cue: carried.cue, kind: 'quote' as const, cutAt: null } : null);
    const drafts = verdict !== null || (signedBlock?.cutAt != null && s.start >= signedBlock.cutAt) ? [] : draftClaims(s, signedBlock ? [] : found.attributions, clean.paragraphs[s.paragraph], facts, { embedded: found.embedded, block: blockSpeaker });
    const lastOfParagraph = next === undefined || next.paragraph !== s.paragraph;
    if (carried && lastOfParagraph) carried.paragraph = s.paragraph;
    const open = lastOfParagraph ? quotes.find((q) => q.close < 0) : undefined;
    if (open) {
      const quoted = drafts.find((d) => d.kind === 'quote' && d.speaker !== null && d.start - s.start >= open.open);
      if (quoted) openQuote = { speaker: quoted.speaker!, cue: quoted.cue ?? 'said', paragraph: s.paragraph };
    }
    return { sentence: s, mentions, drafts };
  }

  // A Markdown section heading ("## Oil closes out its best year since 2016") starts a new section.
  const sectionHeadings = new Set(parsed.headings ?? []);
  // Events over every sentence (a sentence without a trigger continues the one before).
  const contexts: SentenceContext[] = work.map((w) => {
    const paragraph = paragraphText(clean, w.sentence.paragraph);
    const places = w.mentions.filter((m) => (m.type === 'place' || m.type === 'country') && !m.adjective);
    // "the US embassy in Baghdad": a body named with its town still says where something happened there.
    const inNames = w.mentions.flatMap((m) => (m.type === 'place' || m.type === 'country' ? [] : placeInName(m.surface)));
    return {
      text: w.sentence.text,
      places: unique([...places.map((m) => m.name), ...inNames.map(([, name]) => name)]),
      // Towns and sites only: "the U.S. embassy" is no location of the United States.
      placeSurfaces: [...places.filter((m) => m.type === 'place' && m.surface !== m.name).map((m) => [m.surface, m.name] as [string, string]), ...inNames.filter(([written, name]) => written !== name)],
      // Who took part: "Press TV reports that …" or "(Reuters)" names a reporter, not an actor.
      participants: unique(w.mentions.filter((m) => !NOT_PARTICIPANTS.has(m.type) && !m.adjective).map((m) => m.name)),
      heading: w.sentence.kind === 'body' && (isHeading(paragraph) || sectionHeadings.has(paragraph.trim())),
      caption: w.sentence.kind === 'caption',
      table: w.sentence.kind === 'table',
      entry: clean.paragraphs[w.sentence.paragraph]?.entry === true,
      paragraph: w.sentence.paragraph,
      asOf: clean.paragraphs[w.sentence.paragraph]?.asOf,
    };
  });
  const assignment = assignEvents(contexts, parsed.published);
  // A heading the page marks as one (Markdown "## …", an HTML <h2>, a live page's entry heading) is a
  // signpost to the text below it, not a claim of its own.
  // (Not a fact-check's "## Claim 1: “80 American terrorists were killed”": that heading is the claim it checks.)
  const signposts = new Set([...sectionHeadings, ...(parsed.subheads ?? [])].filter((h) => !isFactCheckLine(h)));
  work.forEach((w) => {
    if (w.sentence.kind === 'body' && signposts.has(paragraphText(clean, w.sentence.paragraph).trim())) w.drafts = [];
  });
  const events: Event[] = assignment.events.map((e, i) => ({
    id: `${id}#e${i + 1}`,
    label: e.label,
    date: e.date,
    dateEnd: e.dateEnd,
    place: e.place,
    participants: e.participants,
  }));

  // "At least 62 were wounded, the PMF said. That figure could not be independently confirmed.":
  // the caveat makes the claims it speaks of unconfirmed and, when only the outlet or an agency
  // says it, is no claim itself. It speaks of the nearest sentence before it (up to three back)
  // with a toll ("the casualty figures") or another figure ("that figure"), with pictures ("the
  // footage") or with a speaker or a figure ("the claim"); found none, it stays a claim of its own.
  const caveated = new Map<number, 'figures' | 'all'>();
  work.forEach((w, si) => {
    if (si === 0 || w.drafts.length === 0) return;
    const caveat = caveatOf(w.sentence.text);
    if (!caveat) return;
    const figures = (k: number) => work[k]!.drafts.flatMap((d) => extractQuantities(clean.text.slice(d.start, d.end)));
    const toll = caveat.scope === 'figures' && TOLL_WORDS.test(w.sentence.text);
    const speaksOf = (k: number): boolean =>
      caveat.scope === 'figures'
        ? figures(k).some((q) => !toll || (q.predicate !== null && TOLL_PREDICATES.test(q.predicate)))
        : caveat.scope === 'pictures'
          ? PICTURES.test(work[k]!.sentence.text)
          : work[k]!.drafts.some((d) => d.speaker !== null) || figures(k).length > 0;
    let target = -1;
    // "The Cambodian account of a civilian death could not be verified": the claim with those words, up to five back.
    const about = caveat.about;
    if (about) for (let k = si - 1; k >= Math.max(0, si - 5) && target < 0; k--) if (work[k]!.drafts.length > 0 && mentionsAny(work[k]!.sentence.text, about)) target = k;
    for (let k = si - 1; k >= Math.max(0, si - 3) && target < 0; k--) if (work[k]!.drafts.length > 0 && speaksOf(k)) target = k;
    if (target < 0 && caveat.scope !== 'figures' && work[si - 1]!.drafts.length > 0) target = si - 1;
    if (target < 0) return;
    caveated.set(target, caveat.scope === 'figures' ? 'figures' : 'all');
    // "The military said its jets had targeted … It said it had taken steps … Al Jazeera could not
    // verify it": a report runs over the sentences of its speaker in the same paragraph.
    const speakerOf = (k: number): string | null => work[k]!.drafts.find((d) => d.speaker !== null)?.speaker?.name ?? null;
    const reporter = caveat.scope === 'report' ? speakerOf(target) : null;
    for (let k = target - 1; reporter !== null && k >= 0 && work[k]!.sentence.paragraph === work[target]!.sentence.paragraph && speakerOf(k) === reporter; k--) caveated.set(k, 'all');
    const agencySays = caveat.actor === null || /^(?:we|it)$/iu.test(caveat.actor) || w.mentions.some((m) => m.start === w.sentence.start && (m.type === 'news_agency' || m.type === 'outlet'));
    if (caveat.only && agencySays) w.drafts = [];
  });

  const credits = clean.credits;
  const claims: Claim[] = [];
  const speakers = new Map<string, Speaker>();
  const usedEntities = new Set<string>();
  work.forEach((w, si) => {
    // The last counted figure of the sentence: a rival figure given bare after it counts the same thing.
    let counted: Counted | null = null;
    for (const d of w.drafts) {
      const text = clean.text.slice(d.start, d.end);
      const relStart = d.start - w.sentence.start;
      const relEnd = d.end - w.sentence.start;
      const found = extractQuantities(text);
      counted = carryRivalFigures(found, (q) => clean.text.slice(w.sentence.start, d.start + q.start), counted);
      const toll = found.find((q) => q.predicate !== null && TOLL_PREDICATES.test(q.predicate));
      const eventIndex = eventForSpan(assignment, si, relStart, relEnd, toll ? relStart + toll.start : null, w.sentence.text);
      const event: EventRef | null = eventIndex === null || !events[eventIndex] ? null : eventRef(events[eventIndex]!);
      let certainty = detectCertainty(text).certainty;
      if (certainty === 'asserted' && d.frame && !isChargeDenialNote(d.frame)) certainty = detectCertainty(d.frame).certainty;
      const caveat = caveated.get(si);
      if (caveat !== undefined && (certainty === 'asserted' || certainty === 'hedged') && (caveat === 'all' || found.length > 0)) certainty = 'unconfirmed';
      const quantities = found.map(({ start: _s, end: _e, ...q }) => q);
      const entities = claimEntities(w.mentions, d, registry);
      for (const e of entities) usedEntities.add(e.name);
      const speaker = d.speaker;
      if (speaker) speakers.set(speaker.name, mergeSpeaker(speakers.get(speaker.name), speaker));
      if (d.via) speakers.set(d.via.name, mergeSpeaker(speakers.get(d.via.name), d.via));
      const credit = d.credit ?? (d.via && (d.via.type === 'news_agency' || d.via.type === 'outlet') ? d.via.name : null) ?? clean.claimCredits[0] ?? null;
      const claim: Claim = {
        id: claimId(id, d.start, d.end),
        articleId: id,
        text,
        sentence: w.sentence.text,
        start: d.start,
        end: d.end,
        kind: d.kind,
        certainty,
        speaker,
        sourceId: speaker ? idsOf(speaker.name).source : null,
        cue: d.cue,
        quote: d.quote,
        quantities,
        event,
        entities,
        credit,
        checkworthiness: worthOf({ text, kind: d.kind, certainty, speaker, quantities, event, entities }),
      };
      if (d.via) claim.via = d.via;
      claims.push(claim);
    }
  });

  // A fact-check's checked claim loses its label and goes to its claimant; its rating is kept by claim id.
  const factCheck = factCheckVerdicts(clean.text, clean.paragraphs, claims);
  for (const v of factCheck.checked) {
    const named = v.claimantLine === undefined ? null : claimantNamed(v.claimantLine, registry, resolver);
    const checked = asCheckedClaim(claims[v.claim]!, v, named ?? (v.claimant === null ? null : claims[v.claimant]!.speaker), clean.text, registry);
    claims[v.claim] = checked;
    if (checked.speaker) speakers.set(checked.speaker.name, mergeSpeaker(speakers.get(checked.speaker.name), checked.speaker));
    for (const e of checked.entities) usedEntities.add(e.name);
  }
  const verdicts = factCheck.ratings.map((r) => ({ claimId: claims[r.claim]!.id, rating: r.rating }));

  const article: Article = {
    id,
    file: parsed.file,
    url: parsed.url,
    outlet: clean.outlet,
    published: parsed.published,
    title: parsed.title,
    byline: clean.byline,
    credits,
    notes: clean.notes,
    contentHash: hash,
    text: clean.text,
  };

  const sources = new Map<string, Source>();
  const registered = new Map(registry.entities((name) => idsOf(name).entity).map((e) => [e.name, e]));
  const addSource = (name: string, type: SourceType, role: string | null): string => {
    const sid = idsOf(name).source;
    const known = sources.get(sid);
    if (known) {
      if (!known.role && role) known.role = role;
      if (known.type === 'unknown' && type !== 'unknown') known.type = type;
      return sid;
    }
    const aliases = registered.get(name)?.aliases ?? [];
    sources.set(sid, { id: sid, name, type, role, aliases: aliases.filter((a) => a !== name) });
    return sid;
  };
  for (const sp of speakers.values()) addSource(sp.name, sp.type, sp.role);
  const outlet = canonicalOutlet(clean.outlet);
  const publisherId = outlet ? addSource(outlet.name, outlet.type, null) : null;
  const creditIds = credits.map((c) => addSource(c, canonicalOutlet(c)?.type ?? 'news_agency', null));
  for (const c of claims) if (c.credit && !sources.has(idsOf(c.credit).source)) addSource(c.credit, canonicalOutlet(c.credit)?.type ?? 'news_agency', null);

  const entityById = new Map([...registered.values()].filter((e) => usedEntities.has(e.name)).map((e) => [e.id, e]));
  for (const c of claims) {
    for (const e of c.entities) {
      if (!entityById.has(e.id)) entityById.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: [] });
    }
  }
  const entities = [...entityById.values()];

  return { article, claims, sources: [...sources.values()], events, entities, publisherId, creditIds: unique(creditIds), verdicts };
}

/**
 * "THE CLAIM: Soleimani helped …" as the claim it states: the label comes off its text (and
 * so its offsets and id change), and its claimant (the speaker of the claim it restates) is
 * its speaker, the label its cue. It is someone's claim even when the text does not say whose.
 * A checked claim whose own words already name a speaker ("CLAIM: Pence said …") stays as found.
 */
function asCheckedClaim(c: Claim, v: CheckedClaim, claimant: Speaker | null, text: string, registry: EntityRegistry): Claim {
  // (A quotation's speaker carried over from the paragraph before, with no cue of its own, is not its claimant.)
  if (c.speaker !== null && c.cue !== null) return c;
  const start = Math.max(c.start, v.textStart);
  const speaker = claimant;
  const entity = speaker ? speakerEntity(speaker.name, registry) : null;
  const checked = {
    ...c,
    id: claimId(c.articleId, start, c.end),
    text: text.slice(start, c.end),
    start,
    kind: 'attributed' as const,
    speaker,
    sourceId: speaker ? idsOf(speaker.name).source : null,
    cue: v.label,
    entities: entity && !c.entities.some((e) => e.name === entity.name) ? [...c.entities, entity] : c.entities,
  };
  return { ...checked, checkworthiness: worthOf(checked) };
}

const CLAIMANT_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'government', 'news_agency', 'outlet', 'group']);

/**
 * The speaker a claimant line names: the person or body the article knows that it names first
 * ("US President Donald Trump, in a televised address …" is Donald Trump; "Facebook posts, Jan. 8" Facebook).
 */
function claimantNamed(line: string, registry: EntityRegistry, resolver: SpeakerResolver): Speaker | null {
  let best: { name: string; at: number } | null = null;
  for (const e of registry.entities()) {
    if (!CLAIMANT_TYPES.has(e.type)) continue;
    const at = line.indexOf(e.name);
    if (at >= 0 && (best === null || at < best.at || (at === best.at && e.name.length > best.name.length))) best = { name: e.name, at };
  }
  return best === null ? null : resolver.speakerNamed(best.name);
}

/** How worth checking a claim is, from its own fields (claims/checkworthiness). */
function worthOf(c: Pick<Claim, 'text' | 'kind' | 'certainty' | 'speaker' | 'quantities' | 'event' | 'entities'>): number {
  return checkworthiness({
    text: c.text,
    kind: c.kind,
    certainty: c.certainty,
    speakerType: c.speaker?.type ?? null,
    quantities: c.quantities.length,
    datedEvent: c.event?.date != null,
    entities: c.entities.length,
  });
}

/** The speaker as an entity the claim mentions, when the article's names type it ("other" is no entity). */
function speakerEntity(name: string, registry: EntityRegistry): EntityRef | null {
  const type = registry.typeOf(name);
  return type && type !== 'other' ? { id: idsOf(name).entity, name, type } : null;
}

/** The town or place that ends a body's name ("US embassy in Baghdad" -> Baghdad), as written and by name. */
function placeInName(surface: string): Array<[string, string]> {
  const m = / in ((?:\p{Lu}[\p{L}'’-]*)(?:\s\p{Lu}[\p{L}'’-]*){0,2})$/u.exec(surface);
  if (!m) return [];
  const entry = gazetteer().byKey.get(nameKey(m[1]!))?.find((h) => !h.demonym && (h.entry.type === 'place' || h.entry.type === 'country'));
  return entry ? [[m[1]!, entry.entry.name]] : [];
}

/** A paragraph of one short line with no closing stop: "3. Markets", "Australia bushfires", "Key points". */
function isHeading(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length <= 60 && !/[.!?:;,"”'’)\]…]$/u.test(text) && /^(?:\d{1,2}[.)]\s+)?\S+(?:\s+\S+){0,4}$/u.test(text);
}

function paragraphText(clean: CleanArticle, paragraph: number): string {
  const p = clean.paragraphs[paragraph];
  return p ? clean.text.slice(p.start, p.end) : '';
}

function hasQuoteMarks(text: string): boolean {
  return /[“”"]|''/u.test(text);
}

/** Paragraphs that are embedded tweets or signed quotations: their words are the account's or the signer's, up to the signature. */
function signedParagraphs(clean: CleanArticle): Map<number, BlockSpeaker> {
  const out = new Map<number, BlockSpeaker>();
  clean.paragraphs.forEach((p, i) => {
    const text = paragraphText(clean, i);
    const sig = tweetSignature(text);
    if (!sig) return;
    // An embedded tweet taken from a page's blockquote: the signature stands alone after the words.
    const alone = sig.textEnd < 10 && /^\s*[—–-]/u.test(text) && i > 0 && !out.has(i - 1);
    if (sig.textEnd < 10 && !alone) return;
    const named = tagEntities(sig.name, 0).find((m) => m.start === 0 && m.type !== 'place' && m.type !== 'other');
    const speaker: Speaker = named
      ? { name: named.name, type: sourceTypeOf(named.type), role: null }
      : { name: sig.name, type: /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}$/u.test(sig.name) ? 'person' : 'unknown', role: `@${sig.handle}` };
    if (alone) out.set(i - 1, { speaker, cue: 'tweeted', kind: 'quote', cutAt: null });
    else out.set(i, { speaker, cue: 'tweeted', kind: 'quote', cutAt: p.start + sig.textEnd });
  });
  // A quotation set apart with its signature under it ("“We were told …”" / "— Ann Lee, union official").
  clean.paragraphs.forEach((_, i) => {
    if (i === 0 || out.has(i - 1)) return;
    const sig = quoteSignature(paragraphText(clean, i));
    if (sig === null || !isWholeQuotation(paragraphText(clean, i - 1))) return;
    // "— US Defence Secretary Mark Esper": the name the signature ends on, its title before it the role.
    const named = tagEntities(sig.name, 0).find((m) => m.end === sig.name.length && m.type !== 'place' && m.type !== 'other');
    const title = named && named.start > 0 ? sig.name.slice(0, named.start).trim() : null;
    const speaker: Speaker = named
      ? { name: named.name, type: sourceTypeOf(named.type), role: sig.role ?? title }
      : { name: sig.name, type: /\s/u.test(sig.name) ? 'person' : 'unknown', role: sig.role };
    out.set(i - 1, { speaker, cue: 'said', kind: 'quote', cutAt: null });
  });
  return out;
}

/** Ids from canonical names, computed once per name (slugging folds Unicode, which is not free). */
const idCache = new Map<string, { source: string; entity: string }>();
function idsOf(name: string): { source: string; entity: string } {
  let ids = idCache.get(name);
  if (!ids) {
    ids = { source: sourceId(name), entity: entityId(name) };
    if (idCache.size > 50_000) idCache.clear();
    idCache.set(name, ids);
  }
  return ids;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function mergeSpeaker(a: Speaker | undefined, b: Speaker): Speaker {
  if (!a) return b;
  return { name: a.name, type: a.type === 'unknown' ? b.type : a.type, role: a.role ?? b.role };
}

/** The entities a claim mentions: names inside its text, its speaker, a caption's photographer. */
function claimEntities(mentions: readonly Mention[], d: ClaimDraft, registry: EntityRegistry): EntityRef[] {
  const out = new Map<string, EntityRef>();
  for (const m of mentions) {
    if (m.start < d.start || m.end > d.end || m.adjective || m.type === 'other') continue;
    const type = registry.typeOf(m.name) ?? m.type;
    if (type === 'other') continue;
    out.set(m.name, { id: idsOf(m.name).entity, name: m.name, type });
  }
  const speaker = d.speaker ? speakerEntity(d.speaker.name, registry) : null;
  if (speaker) out.set(speaker.name, speaker);
  for (const e of d.extraEntities) out.set(e.name, { id: idsOf(e.name).entity, name: e.name, type: e.type });
  return [...out.values()];
}

/** The outlet's canonical name and type from the gazetteer ("The Associated Press" -> Associated Press). */
function canonicalOutlet(name: string | null): { name: string; type: SourceType } | null {
  if (!name) return null;
  const hits = gazetteer().byKey.get(nameKey(name.replace(/^the\s+/iu, '')));
  const hit = hits?.find((h) => h.entry.type === 'news_agency' || h.entry.type === 'outlet');
  if (hit) return { name: hit.entry.name, type: sourceTypeOf(hit.entry.type) };
  return { name: name.trim(), type: 'outlet' };
}

function splitFacts(published: string | null): SplitFacts {
  return {
    figures: (text) => extractQuantities(text).filter((q) => q.predicate !== null || q.subject !== null).length,
    days: (text) => resolveDates(text, published).map((d) => d.date),
  };
}

/** "To make sense of it, I spoke with Nadia Karimi, who …": the person an interview's introduction says the writer spoke to. */
function introducedInterviewee(s: Sentence, mentions: readonly Mention[], resolver: SpeakerResolver): Speaker | null {
  const cue = INTERVIEW_INTRO.exec(s.text);
  if (!cue) return null;
  // (A name the gazetteer does not know is tagged "other": a person by its form, "Nadia Karimi".)
  const isPerson = (m: Mention): boolean => m.type === 'person' || (m.type === 'other' && isPersonName(m.surface));
  const person = mentions.find((m) => isPerson(m) && m.start >= s.start + cue.index) ?? mentions.find(isPerson);
  if (!person) return null;
  return resolver.resolve({ start: person.start, end: person.end, text: person.surface }, mentions, s.index)?.speaker ?? null;
}
