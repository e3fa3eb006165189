import type { CleanArticle, Paragraph, ParsedArticle } from '../types';
import { lookupAgency, lookupCreditName } from './agencyNames';
import { splitUnits } from './splitUnits';
import { dedupeKey, undoubled } from './dedupeKey';
import { inferTitle, givenTitle } from './inferTitle';
import { BOILERPLATE_RULES, matchLineRule, MENU_WORDS } from './rules/boilerplateRules';
import { isTimestampLine, timestampPrefix } from './rules/timestampLine';
import { tweetSignature } from '../attribution/tweetSignature';
import { CAPS_LABEL_NAME, LABEL_ROLE } from '../attribution/speakerLabel';
import { namedLabel, namedTurnLabels } from '../attribution/namedTurnLabels';
import { dateOfLine } from './rules/dateOfLine';
import { agenciesNamedIn, isPersonName, matchBylineLine } from './rules/bylineRules';
import { matchDateline } from './rules/dateline';
import { matchCaption, parseCredit, type PhotoCredit } from './rules/photoCredit';
import { isHeadlineLike, isLinkLine, MAX_RELATED_ITEMS, RELATED_HEADER, RELATED_INLINE } from './rules/relatedLinks';
import { LABELS } from './rules/labels';
import { updateLabel, updateLabelAlone } from './rules/updateLabel';
import { MONTH_WORD, WEEKDAY_WORD } from './rules/dayWords';
import { articleNotes } from './articleNotes';
import { dayOfUrl } from './dayOfUrl';
import { siteOfAddress } from './siteOfAddress';
import { breadcrumbSite } from './breadcrumbSite';
import { updateDay } from '../events/updateDay';
import { isPlaceName } from '../entities/gazetteer';

/** Agencies that supply pictures only; named alone on a line they credit a photo. */
const PHOTO_AGENCIES = new Set(['Getty Images', 'European Pressphoto Agency']);
/** An author's note: "Kyle covers the Army … for Defense Wire Daily.", "Rachel Oduya is a senior fellow at …". */
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} (?:(?:covers|writes about|reports on) [^.]{3,150} for (?:the )?\p{Lu}[^.]{1,60}|is (?:a|an|the) (?:(?:senior|former|non-?resident|visiting|contributing|staff|associate|deputy|chief) )*(?:fellow|columnist|contributor|correspondent|writer|reporter|editor|professor|analyst|researcher|director)\b[^.]{0,220})\.$/u;

/**
 * The byline's author introduced at the end, whatever the job: "Rachel Okafor is a former attorney-adviser in
 * the Office of the Legal Adviser at the U.S. Department of State. She teaches international law …".
 */
const BYLINE_AUTHOR_NOTE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) (?:[^.]|(?<=\b\p{Lu})\.){3,220}\.(?: (?:He|She|They) (?:[^.]|(?<=\b\p{Lu})\.){3,200}\.){0,2}$/u;

/** What a line outside the main text may be besides a credit: a note on the story (articleNotes reads them). */
const ASIDE_NOTES: ReadonlySet<string> = new Set(['correction notice', 'update note', 'developing story notice', 'copyright']);

interface Kept {
  text: string;
  kind: Paragraph['kind'];
  credit: PhotoCredit | null;
  key: string;
  /** The date of the update label that opened the unit, as printed ("Wednesday, 1 January"). */
  updated: string | null;
  /** The first unit kept after a live page's entry stamp ("3:40am"): an entry of its own. */
  entry: boolean;
}

/** Names of a site's sections after a stamp's bar: "World, All", "Middle East". */
const SECTION_NAMES = /^\p{Lu}[\p{L}&'’ -]{0,24}(?:,\s*\p{Lu}[\p{L}&'’ -]{0,24}){0,4}$/u;
/** A stamp that says it is the publication's: "Published date:", "Posted on", "First published". */
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted)\b/iu;

/**
 * Cleans one parsed article: boilerplate lines out (with the reason in `rejected`),
 * bylines, datelines and credits lifted into metadata, photo captions marked with their
 * credit, repeated lines (headline repeated as the lead, image alt text next to its
 * caption) kept once. `text` is the kept paragraphs joined by a blank line and every
 * paragraph's offsets index it exactly.
 *
 * When the input carries no usable title (plain text without a header, or a header
 * whose text is furniture such as "video"), `parsed.title` of the result is taken from
 * the first paragraph; the input object is not modified.
 */
export function cleanArticle(p: ParsedArticle): CleanArticle {
  // A plain text's header line puts its headline in the text on purpose (it is often the lead, as in
  // the sample articles); a record's or a page's own title repeated as its first line is the headline.
  const titleApart = p.format !== 'text' || p.headlineInText !== true;
  const state = new Cleaner(p.title === null ? '' : dedupeKey(p.title), p.outlet === null ? [] : mastheadKeys(p.outlet), titleApart, new Set(p.tableRows ?? []));
  const units = splitUnits(p.body);
  for (let i = 0; i < units.length; i++) state.take(units[i]!, i === units.length - 1);
  state.finish();
  for (const line of p.asides ?? []) state.aside(line);

  const kept = withLabelsJoined(state.kept);
  // (Else the day a page's address carries: "…/2019/12/30/us-airstrikes-…".)
  const published = p.published ?? state.dateLine ?? dayOfUrl(p.url);
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const k of kept) {
    if (text !== '') text += '\n\n';
    const asOf = k.updated === null ? null : updateDay(k.updated, published);
    paragraphs.push({ start: text.length, end: text.length + k.text.length, kind: k.kind, credit: k.credit, ...(asOf !== null ? { asOf } : {}), ...(k.entry ? { entry: true as const } : {}) });
    text += k.text;
  }

  // (A page that names no site is the site its address names, or its trail of sections (by name, else by
  // its "Home" link's address), before any agency its byline credits.)
  const site = p.outlet ?? siteOfAddress(p.url) ?? state.siteOfTrail ?? siteOfAddress(p.home ?? null);
  const outlet = site ?? state.outletFromByline;
  const publisher = site ? (lookupAgency(site)?.name ?? site) : null;
  // An outlet crediting itself ("ERBIL (Kurdistan 24) –" in Kurdistan 24) is not a credit; an agency always is.
  const credits = state.credits.filter((c) => c !== publisher || lookupAgency(c)?.type === 'news_agency');
  const claimCredits = publisher === null ? credits : credits.filter((c) => !state.contributedOnly.has(c));

  return {
    parsed: { ...p, title: chooseTitle(p.title, state, kept), published },
    text,
    paragraphs,
    byline: state.byline,
    credits,
    claimCredits,
    outlet,
    notes: articleNotes(state.rejected),
    rejected: state.rejected,
  };
}

/** A transcript's speaker label alone on its line: "STEVE INSKEEP, HOST:" (a name of two characters at least). */
const LABEL_ALONE = new RegExp(String.raw`^[“"]?(?=\p{Lu}[\p{Lu}.'’ -])${CAPS_LABEL_NAME}${LABEL_ROLE}:$`, 'u');

/**
 * A speaker label alone on its line: "STEVE INSKEEP, HOST:", or a name as written ("Judy Woodruff:"),
 * any name of that form, or only those of `named` (a page's turns, namedTurnLabels) when given.
 */
function isLabelAlone(text: string, named?: ReadonlySet<string>): boolean {
  if (text.length > 80 || !text.endsWith(':')) return false;
  if (LABEL_ALONE.test(text)) return true;
  const name = text.slice(0, -1);
  return named ? named.has(name) : namedLabel(text) === name;
}

/**
 * "STEVE INSKEEP, HOST:" on a line of its own, the host's words in the paragraph below: one turn,
 * as a transcript writes it on one line ("INSKEEP: That's the sound …"). A name as written
 * ("Judy Woodruff:") is a label only in a page of such turns (namedTurnLabels).
 */
function withLabelsJoined(kept: Kept[]): Kept[] {
  const named = namedTurnLabels(kept.map((k) => k.text));
  const labelAlone = (k: Kept): boolean => k.kind === 'body' && isLabelAlone(k.text, named);
  if (!kept.some(labelAlone)) return kept;
  const out: Kept[] = [];
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i]!;
    const next = kept[i + 1];
    if (labelAlone(k) && next?.kind === 'body' && !labelAlone(next)) {
      out.push({ ...next, text: `${k.text} ${next.text}` });
      i++;
    } else out.push(k);
  }
  return out;
}

function chooseTitle(title: string | null, state: Cleaner, kept: Kept[]): string | null {
  if (title !== null) {
    const key = dedupeKey(title);
    const furniture = key === '' || state.rejectedKeys.has(key) || state.captionSourceKeys.has(key);
    if (!furniture) {
      const dateline = matchDateline(title);
      return givenTitle(dateline ? title.slice(dateline.prefix.length) : title);
    }
  }
  return inferTitle(kept.find((k) => k.kind === 'body')?.text);
}

/** BBC's player notice (the 'media label' furniture rule) opening a longer line, with what follows it. */
const MEDIA_PLAYBACK = /^media playback is (?:unsupported|not supported) on your device\.?\s*/iu;
/** A player's label, with or without the clip's length: "VIDEO 2:14", "Video 02:03", "WATCH 1:05", "Video" below the headline. */
const VIDEO_DURATION = /^(?:video|watch|play)\s*:?\s*(?:\d{1,2}:\d{2})?$/iu;
/**
 * A time stamp with one or two words after it: the page's section ("Dec 29, 2019 - World",
 * "January, 01, 2020 - 14:37 Politics news") or the copy's credit ("Published: December 30,
 * 2019 21:14 AFP"). The stamp part ends at its last digit.
 */
const STAMP_TAIL = /^(.{6,80}?\d)\s*(?:[-–—|·•]\s*)?(\p{L}[\p{L}&']{0,20}(?: \p{L}[\p{L}&']{0,20})?)$/u;
/**
 * Whether `s` may end as STAMP_TAIL's words do, on a letter, "&" or "'": false for a line ending on any
 * other ASCII character (a sentence's stop), which spares most paragraphs the pattern.
 */
function mayEndWord(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return !(c < 128) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 39;
}
/** " / CBS/AP" closing a time stamp: agency names between slashes. */
const STAMP_CREDIT = /\s\/\s+(\p{L}[\p{L}.&' -]{0,30}(?:\/\p{L}[\p{L}.&' -]{0,30}){0,3})$/u;

/** A live page's bare entry time: "3:40am", "9:05 p.m.", "14:20", "14:20 GMT". */
const ENTRY_CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/iu;
/** A live entry's stamp: a clock time, then the day ("14:20 Wed 1 Jan", "08:10 GMT, Thursday 2 January"). */
const ENTRY_STAMP = new RegExp(
  String.raw`^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?[\s,|·-]+` +
    String.raw`(?:${WEEKDAY_WORD}\.?,?(?:\s+|$)|\d{1,2}\s+${MONTH_WORD}\b|${MONTH_WORD}\.?\s+\d{1,2}\b)[\p{L}\d ,.]{0,24}$`,
  'iu',
);

const KICKER =
  /^(?:UPDATE\s*\d{0,2}|EXCLUSIVE|Exclusive|ANALYSIS|Analysis|BREAKING(?:\s+NEWS)?|Breaking(?:\s+news)?|FACTBOX|Factbox|EXPLAINER|Explainer|INSIGHT|REFILE|CORRECTED|WRAPUP\s*\d{0,2}|RPT)\s*(?:-|–|—|:|\|)\s*(?=\p{Lu}|[“"‘'])/u;
/**
 * An explainer's lead-in before its paragraph ("Why it matters:", "The big picture:", "Details:",
 * "What they're saying:"): a signpost of the page, not part of the claim after it.
 */
const LEAD_IN =
  /^(?:Why it matters|The big picture|Big picture|Details|The details|What they're saying|What they’re saying|The other side|Between the lines|Driving the news|By the numbers|Yes, but|Flashback|Background|Context|The backdrop|State of play|Zoom in|Zoom out|Catch up quick|What's next|What’s next|What we're watching|What we’re watching|Where it stands|Reality check|Of note|Worth noting|The bottom line|Bottom line|Key quote|Our thought bubble|The intrigue|Be smart|Go deeper|Go deeper \(\d+ min\.? read\))\s*:\s*/u;
/** The lead-in that points to another story ("Go deeper: Pompeo blames …"): the rest is a related headline. */
const RELATED_LEAD_IN = /^Go deeper/u;

class Cleaner {
  readonly kept: Kept[] = [];
  readonly rejected: Array<{ text: string; reason: string }> = [];
  readonly rejectedKeys = new Set<string>();
  /** Keys of units that became captions as written (credit included), so such a title is recognised. */
  readonly captionSourceKeys = new Set<string>();
  readonly credits: string[] = [];
  /** Credits named only by contributor notes so far. */
  readonly contributedOnly = new Set<string>();
  byline: string | null = null;
  outletFromByline: string | null = null;
  /** The site a trail of sections above the text names first (breadcrumbSite). */
  siteOfTrail: string | null = null;
  /** The date a date line near the top states ("December 29, 2019 / 5:58 PM"). */
  dateLine: string | null = null;
  private relatedLeft = 0;
  /** The update label's date of the unit being taken. */
  private updated: string | null = null;
  /** The date of the last entry heading alone on its line ("UPDATE (Wednesday, 4:10 p.m. JST):"), which dates the units below it. */
  private entryUpdated: string | null = null;
  /** A live page's entry stamp went since the last unit kept: the next one opens an entry. */
  private entryNext = false;
  /** Why the line before the first kept one went (the page's header: "masthead", "navigation"), while only one is kept. */
  private firstAfter: string | null = null;
  /** The line after a video player's label is the clip's title. */
  private videoTitleNext = false;
  private readonly byKey = new Map<string, Kept>();

  constructor(
    private readonly titleKey: string,
    private readonly outletKeys: readonly string[],
    /** The title stands apart from the text (a record's field, a page's <title>), so its copy opening the text is the headline. */
    private readonly titleApart: boolean,
    /** The text's rows of a table of figures (ParsedArticle.tableRows): kept as written, as rows. */
    private readonly tableRows: ReadonlySet<string> = new Set(),
  ) {}

  take(unit: string, last: boolean): void {
    this.updated = this.entryUpdated;
    if (this.tableRows.has(unit)) return this.keep(unit, 'table', null);
    let s = unit;
    // The outlet's name on a line of its own above the headline ("U.S. Department of Defense"): the masthead.
    // (Below the headline it may be the byline, which the byline rules read.)
    if (this.outletKeys.length > 0 && this.kept.length === 0 && s.length <= 80 && isMasthead(dedupeKey(s), this.outletKeys)) return this.reject(s, 'masthead');
    const doubled = undoubled(s);
    if (doubled !== null) {
      this.reject(s.slice(doubled.length).trim(), 'doubled line');
      s = doubled;
    }

    if (this.relatedLeft > 0) {
      if (isHeadlineLike(s) && !matchCaption(s)) {
        this.relatedLeft--;
        return this.reject(s, 'related links');
      }
      // "RELATED ARTICLES / Previous | 1 | 2 | 3 | Next / …": the list's pager does not end it.
      if (isMenuLine(s)) return this.reject(s, 'navigation');
      this.relatedLeft = 0;
    }

    if (s.length <= 60 && RELATED_HEADER.test(s)) {
      this.relatedLeft = MAX_RELATED_ITEMS;
      return this.reject(s, 'related links');
    }
    // "READ: Trump's full statement on …" as the page's own heading is the headline, not a link.
    if (RELATED_INLINE.test(s) && isLinkLine(s) && dedupeKey(s) !== this.titleKey) return this.reject(s, 'related links');
    // BBC's player notice runs into the caption after it on one line: the notice goes, the caption stays.
    const playback = MEDIA_PLAYBACK.exec(s);
    if (playback && playback[0].length < s.length) {
      this.reject(playback[0].trim(), 'media label');
      s = s.slice(playback[0].length);
    }

    // "VIDEO 2:14" then the clip's title: a player, not the story.
    if (this.videoTitleNext) {
      this.videoTitleNext = false;
      if (isHeadlineLike(s) && s.length <= 120) return this.reject(s, 'media label');
    }
    // (A bare "Video" above the headline labels the page, not a player: the headline stays.)
    if (VIDEO_DURATION.test(s) && (/\d/u.test(s) || this.kept.length > 0)) {
      this.videoTitleNext = true;
      return this.reject(s, 'media label');
    }

    // A live page's entry heading: its day dates the entry below it.
    const entryDay = updateLabelAlone(s);
    if (entryDay !== null) {
      this.entryUpdated = entryDay;
      if (this.kept.length > 0) this.entryNext = true;
      return this.reject(s, 'update label');
    }

    // "Updated on: January 3, 2020 / 6:21 AM / CBS/AP": the page's time stamp with the story's credit after it.
    // (The credit follows " / ".)
    const stampCredit = s.includes('/') ? STAMP_CREDIT.exec(s) : null;
    if (stampCredit && isTimestampLine(s.slice(0, stampCredit.index))) {
      const names = stampCredit[1]!.split('/').map((n) => n.trim());
      if (names.every((n) => lookupCreditName(n) !== null)) {
        this.credit(stampCredit[1]!.trim(), names, { byline: false });
        return this.stamp(s);
      }
    }

    // A post's stamp with the app it was sent from: "9:41 PM · Sep 28, 2018 · Twitter Web Client".
    const client = POST_CLIENT.exec(s);
    if (client && isTimestampLine(s.slice(0, client.index))) return this.stamp(s);

    const tail = mayEndWord(s) ? STAMP_TAIL.exec(s) : null;
    if (tail && isTimestampLine(tail[1]!) && dateOfLine(tail[1]!) !== null) {
      const words = tail[2]!.toLowerCase().split(' ');
      const agency = lookupCreditName(tail[2]!) !== null;
      if (agency || words.every((w) => MENU_WORDS.has(w))) {
        if (agency) this.credit(tail[2]!, [tail[2]!], { byline: false });
        return this.stamp(s);
      }
    }

    // "The Scotsman > News > World" at the top (a plain text keeps its headline above it): the page's site, named by its trail of sections.
    if (this.kept.length <= 1 && this.siteOfTrail === null) {
      const site = breadcrumbSite(s);
      if (site !== null) {
        this.siteOfTrail = site;
        return this.reject(s, 'navigation');
      }
    }

    const reason = boilerplateReason(s);
    if (reason !== null) {
      // "Copyright 2019 The Associated Press. All rights reserved." is furniture that also credits the copy.
      if (reason === 'copyright') this.creditCopyright(s);
      // "The Washington Post / Democracy Dies in Darkness / Sections | Politics | …": a line between the masthead and the menu is the outlet's slogan.
      if (reason === 'navigation' && this.kept.length === 1 && this.firstAfter === 'masthead' && isHeaderLabel(this.kept[0]!, 6)) this.unkeepFirst('tagline');
      if (reason === 'timestamp') {
        // "Rosalind Kemp · Jan 7, 2020, 10:14 AM": the author's name before the stamp is the byline.
        // (Not a section's: "Middle East · 19:42 04.01.2020".)
        const name = splitAtDot(s)?.[0].trim() ?? '';
        if (name !== '' && this.byline === null && isPersonName(name) && !isPlaceName(name)) this.byline = name;
        return this.stamp(s);
      }
      return this.reject(s, reason);
    }

    // A picture agency alone on a line ("Getty Images") credits a photo, not the story.
    if (PHOTO_AGENCIES.has(lookupAgency(withoutParens(s))?.name ?? '')) return this.reject(s, 'photo credit');

    const byline = matchBylineLine(s);
    if (byline) {
      this.credit(byline.byline, byline.names, { contributed: byline.contributed === true });
      // "By News Desk | January 11, 2020 | 0 Comments": a byline near the top that carries the page's date.
      this.noteDate(s);
      return this.reject(s, 'byline');
    }

    // A line that is only a photo credit ("Image copyright Reuters", "(AP Photo/Hadi Mizban)").
    const creditOnly = creditLine(s);
    if (creditOnly) return this.reject(s, 'photo credit');

    // BBC-style labels before a caption with no credit: keep the caption, drop the label.
    const label = /^(image|media|video) caption:? (?=\S)/i.exec(s);
    if (label) {
      this.reject(label[0].trim(), 'media label');
      s = s.slice(label[0].length);
    }

    // "UPDATE (Wednesday, 1 January): …": the label goes, its date stays with the paragraph.
    const update = updateLabel(s);
    if (update) {
      this.reject(update.prefix.trim(), 'update label');
      s = s.slice(update.prefix.length);
      this.updated = update.when;
    }

    // A headline's kicker ("EXCLUSIVE-", "UPDATE 2-", "Analysis:", "BREAKING:") labels the story; the words after it are kept.
    const kicker = KICKER.exec(s);
    if (kicker && s.length - kicker[0].length >= 20) {
      this.reject(kicker[0].trim(), 'label');
      s = s.slice(kicker[0].length);
    }

    const leadIn = LEAD_IN.exec(s);
    if (leadIn) {
      if (RELATED_LEAD_IN.test(leadIn[0])) return this.reject(s, 'related links');
      this.reject(leadIn[0].trim(), 'label');
      s = s.slice(leadIn[0].length);
      if (s === '') return;
    }

    // A thread's post number ("2/5 Iraqi security officials say …", "3/ The Pentagon …"): the words after it are kept.
    const post = threadNumber(s);
    if (post !== null) {
      this.reject(post.trim(), 'label');
      s = s.slice(post.length);
    }

    // A live blog's entry time ("09:10 GMT - Iraq says …") is furniture; the words after it are kept.
    const stamp = timestampPrefix(s);
    if (stamp) {
      this.reject(stamp.trim(), 'timestamp');
      s = s.slice(stamp.length).trim();
    }

    const dateline = matchDateline(s);
    if (dateline) {
      if (dateline.credited) this.credit(dateline.byline, dateline.names);
      this.reject(dateline.byline, dateline.credited ? 'dateline byline' : LABELS.test(dateline.byline) ? 'label' : 'dateline');
      // "LEEDS, 3 January 2020 –", "BAGHDAD, Jan. 3, 2020 (Xinhua) --": the day the copy was filed, near the top the page's own.
      this.noteDate(dateline.byline);
      s = s.slice(dateline.prefix.length).trim();
      if (s === '') return;
      // "KYODO NEWS - Jan 13, 2020 - 14:27 | World, All": the agency's stamp line.
      if (isStampLine(s)) return this.stamp(s);
    }

    const caption = matchCaption(s);
    if (caption && caption.form === 'dash' && last && this.kept.length > 0) {
      // "… the statement said. — AFP" closing a story credits the story, not a photo.
      const credit = caption.credit.raw;
      this.credit(credit, caption.credit.agency ? [caption.credit.agency] : []);
      this.reject(credit, 'byline');
      return this.keep(caption.caption, 'body', null);
    }
    if (caption) {
      this.captionSourceKeys.add(dedupeKey(unit));
      return this.keep(caption.caption, 'caption', caption.credit);
    }
    this.keep(s, 'body', null);
  }

  /** End of the article: a bare name on the last line is the author's byline ("Ricardo Kara"). */
  finish(): void {
    const last = this.kept[this.kept.length - 1];
    if (last && this.kept.length > 1 && last.kind === 'body' && isPersonName(last.text)) {
      this.kept.pop();
      this.byKey.delete(last.key);
      this.byline ??= last.text;
      this.reject(last.text, 'byline');
    }
    // "Kyle covers the Army for Defense Wire Daily.", "Rachel Oduya is a senior fellow at …": the
    // author's note closing the page (among its last three paragraphs), not the story.
    // Near the top, beside the byline, it names the byline's author ("By Rachel Oduya").
    const author = (text: string): boolean => this.byline !== null && this.byline.includes(firstTwoWords(text));
    for (let i = this.kept.length - 1; i >= 0 && this.kept.length > 1; i--) {
      const k = this.kept[i]!;
      const counts = k.kind === 'body' && (i >= this.kept.length - 3 || (i < 6 && author(k.text)));
      // (The patterns are read only for a paragraph where a note would count.)
      if (counts && (AUTHOR_NOTE.test(k.text) || (i >= this.kept.length - 3 && author(k.text) && BYLINE_AUTHOR_NOTE.test(k.text)))) {
        this.kept.splice(i, 1);
        this.byKey.delete(k.key);
        this.reject(k.text, 'author note');
      }
    }
  }

  private keep(text: string, kind: Paragraph['kind'], credit: PhotoCredit | null): void {
    const key = dedupeKey(text);
    if (key === '') return this.reject(text, 'no text');
    // (Set down as gone, not as furniture: the title stays the title.)
    // (Under a masthead or a section's name if any: "TIME" / "The Pentagon Keeps Raising …".)
    if (this.titleApart && kind === 'body' && key === this.titleKey && this.kept.every((k) => k.text.length < 20)) {
      this.rejected.push({ text, reason: 'repeated headline' });
      return;
    }
    const prior = this.byKey.get(key);
    // "— Donald J. Trump (@realDonaldTrump) December 31, 2019" signs each embedded tweet: a repeat is no duplicate;
    // nor is a transcript's speaker label alone on its line ("Judy Woodruff:"), which opens each of her turns.
    if (prior && !isSignatureLine(text) && !isLabelAlone(text)) {
      // Alt text first, captioned copy second: keep the copy that carries the credit, where it stands.
      if (kind === 'caption' && prior.kind === 'body') {
        this.kept.splice(this.kept.indexOf(prior), 1);
        this.reject(prior.text, 'image alt duplicate');
      } else {
        return this.reject(text, key === this.titleKey || prior === this.kept[0] ? 'repeated headline' : 'duplicate');
      }
    }
    // "… Sign In / Flashpoints / US contractor killed, several troops wounded …": a short line in title case between the
    // page's header and the headline labels the section (or advertises: "Stream on Hulu"). Before a paragraph, it was the headline.
    if (kind === 'body' && this.kept.length === 1 && HEADER_REASONS.has(this.firstAfter ?? '') && isHeaderLabel(this.kept[0]!, 3) && TITLE_CASE.test(this.kept[0]!.text) &&
      wordCount(text) >= 5 && isHeadlineLike(text)) {
      this.unkeepFirst('section label');
    }
    if (this.kept.length === 0) this.firstAfter = this.rejected[this.rejected.length - 1]?.reason ?? null;
    const k: Kept = { text, kind, credit, key, updated: this.updated, entry: this.entryNext };
    this.entryNext = false;
    this.byKey.set(key, k);
    this.kept.push(k);
  }

  private unkeepFirst(reason: string): void {
    const first = this.kept.shift()!;
    this.byKey.delete(first.key);
    this.firstAfter = null;
    this.reject(first.text, reason);
  }

  /** A time stamp line: furniture, and near the top the page's own date line, first of its kind (the publication date when the metadata has none). */
  private stamp(text: string): void {
    this.noteDate(text);
    // A live page's entry stamp below the text ("14:20 Wed 1 Jan") dates the entry under it, as an update label does.
    if (this.kept.length > 0 && ENTRY_STAMP.test(text)) this.entryUpdated = text;
    // ("3:40am", "14:20 GMT": a bare clock between units is an entry's too; it opens a new one.)
    if (this.kept.length > 0 && (ENTRY_STAMP.test(text) || ENTRY_CLOCK.test(text))) this.entryNext = true;
    this.reject(text, 'timestamp');
  }

  /** The first date a line near the top states: the publication date when the metadata has none. */
  private noteDate(text: string): void {
    if (this.dateLine === null && this.kept.length <= 3) this.dateLine = dateOfLine(text);
  }

  private reject(text: string, reason: string): void {
    if (text === '') return;
    this.rejected.push({ text, reason });
    this.rejectedKeys.add(dedupeKey(text));
  }

  /**
   * A line of the page outside its main text (ParsedArticle.asides): a byline or credit line
   * credits the copy, a correction or update note is a note; anything else is not read.
   */
  aside(line: string): void {
    // "Published date: 31 December 2019 10:02 UTC" in the page's header, outside the text: the
    // publication date when the metadata has none. (Only a labelled stamp: a bare date out there
    // may be a comment's or a related story's.)
    if (this.dateLine === null && PUBLISHED_LABEL.test(line) && isTimestampLine(line)) this.dateLine = dateOfLine(line);
    // "3 Jan 2020 · by Rania Khalil": a stamp beside the byline is the story's own.
    const dotted = this.dateLine === null ? splitAtDot(line) : null;
    if (dotted && /^by\s/iu.test(dotted[1]) && isTimestampLine(dotted[0])) {
      this.dateLine = dateOfLine(dotted[0]);
      line = dotted[1];
    }
    const byline = matchBylineLine(line);
    if (byline) {
      this.credit(byline.byline, byline.names, { contributed: byline.contributed === true });
      return this.reject(line, 'byline');
    }
    const reason = boilerplateReason(line);
    if (reason === 'copyright') this.creditCopyright(line);
    if (reason !== null && ASIDE_NOTES.has(reason)) this.reject(line, reason);
  }

  /** "Copyright 2019 The Associated Press. All rights reserved." credits the copy; a footer is no byline. */
  private creditCopyright(line: string): void {
    const names = agenciesNamedIn(line);
    if (names.length > 0) this.credit(line, names, { byline: false });
  }

  private credit(byline: string, names: string[], how: { byline?: boolean; contributed?: boolean } = {}): void {
    if (how.byline !== false) this.byline ??= byline;
    for (const n of names) {
      const entry = lookupCreditName(n);
      const name = entry?.name ?? n.trim();
      if (name === '') continue;
      if (how.contributed && !this.credits.includes(name)) this.contributedOnly.add(name);
      else if (!how.contributed) this.contributedOnly.delete(name);
      if (!this.credits.includes(name)) this.credits.push(name);
      if (entry && this.outletFromByline === null) this.outletFromByline = entry.name;
    }
  }
}

/** Every word of four letters or more capitalised ("Futures Movers", "Stream on Hulu"), as labels are and a sentence-case headline is not. */
const TITLE_CASE = /^(?:\p{Lu}[\p{L}'’&-]*|\p{Ll}{1,3})(?:\s+(?:\p{Lu}[\p{L}'’&-]*|\p{Ll}{1,3}|&))*$/u;
/** Furniture that makes up a page's header, above its headline. */
const HEADER_REASONS = new Set(['masthead', 'navigation', 'paywall']);

/** A short body line with no figure and no sentence mark: a section label or a slogan, as the header's first kept line. */
function isHeaderLabel(k: Kept, maxWords: number): boolean {
  const t = k.text;
  return k.kind === 'body' && t.length <= 40 && wordCount(t) <= maxWords && !/[\d.,;:!?"“”]/u.test(t);
}

/** text.split(' ').slice(0, 2).join(' '), without splitting the whole paragraph. */
function firstTwoWords(text: string): string {
  const first = text.indexOf(' ');
  const second = first === -1 ? -1 : text.indexOf(' ', first + 1);
  return second === -1 ? text : text.slice(0, second);
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/u).length;
}

/** s.replace(/^\(|\)$/g, ''): a "(" opening the line and a ")" closing it dropped, without a regex tried at every position. */
function withoutParens(s: string): string {
  const start = s.charCodeAt(0) === 40 ? 1 : 0;
  const end = s.length - 1 >= start && s.charCodeAt(s.length - 1) === 41 ? s.length - 1 : s.length;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** A line's two sides of its first middle dot ("Middle East · 19:42 04.01.2020"), or null. */
function splitAtDot(s: string): [string, string] | null {
  const dot = s.indexOf(' \u00b7 ');
  return dot > 0 ? [s.slice(0, dot), s.slice(dot + 3)] : null;
}

/** A time stamp, alone or with the section a page filed it under. */
function isStampLine(s: string): boolean {
  if (isTimestampLine(s)) return true;
  // "Middle East · 19:42 04.01.2020 (updated 02:18 05.01.2020)": a section's name before the stamp.
  const dotted = splitAtDot(s);
  if (dotted && dotted[0].length <= 30 && dotted[0].split(' ').length <= 3 && isTimestampLine(dotted[1])) return true;
  // "Jan 13, 2020 - 14:27 | World, All": the stamp, then the sections it was filed under.
  const bar = s.indexOf(' | ');
  return bar > 0 && s.length <= 90 && SECTION_NAMES.test(s.slice(bar + 3)) && isTimestampLine(s.slice(0, bar));
}

function boilerplateReason(s: string): string | null {
  // Lower-cased once: the rules' needles and the icon test below both read it.
  const lower = s.toLowerCase();
  const rule = matchLineRule(BOILERPLATE_RULES, s, lower);
  if (rule !== null) return rule.reason;
  if (isStampLine(s)) return 'timestamp';
  const meta = metaStripReason(s, lower);
  if (meta !== null) return meta;
  if (isMenuLine(s)) return 'navigation';
  // /icon/i matches only where the lower-cased line holds "icon": skip the case-insensitive scan elsewhere.
  if (lower.includes('icon') && isIconStrip(s)) return 'icon strip';
  return null;
}

/**
 * "Staff and wire reports · January 11, 2020 · 6 min read": a strip of short items, one a reading
 * time. With a date it is the page's time stamp (which can date the page), else a reading time.
 */
function metaStripReason(s: string, lower: string): string | null {
  // (The reading time needs " read", in any case: `lower` is the line lower-cased.)
  if (s.length > 160 || !lower.includes(' read') || !/\bmin(?:ute)?s? read\b/iu.test(s)) return null;
  const items = stripItems(s);
  if (items.length < 2 || !items.every((x) => x.length <= 60)) return null;
  if (!items.some((x) => /^\d{1,3}[ -]?min(?:ute)?s? read$/iu.test(x))) return null;
  return dateOfLine(s) !== null ? 'timestamp' : 'read time';
}

/** The items of a strip between bars or dots: "News | Weather", "Staff reports · 6 min read". */
function stripItems(s: string): string[] {
  return s.split(/\s*[|•·]\s*/u).filter((x) => x !== '');
}

/** A line that is only an embedded tweet's signature ("— Name (@handle) date"), as attribution reads one. */
function isSignatureLine(text: string): boolean {
  return /^\s*[—–-]/u.test(text) && tweetSignature(text) !== null;
}

/** "SECTIONS", "Home | World | Politics", "Share Tweet Email": only menu words. */
function isMenuLine(s: string): boolean {
  // (A site's footer runs longer: "About Us | Advertising | Breaking News Alerts | Careers | … | Site Map".)
  if (s.length > 600) return false;
  // ("By News Desk | January 11, 2020 | 0 Comments" is a byline.)
  if (/^by\s/iu.test(s)) return false;
  // "KXTV 8 | News | Weather | Traffic", "Terms of Use | Privacy Policy | Do Not Sell …": short items between bars.
  if (s.includes('|') && !/[.!?:]["”']?$/u.test(s)) {
    const items = stripItems(s);
    if (items.length >= (s.length > 200 ? 8 : 3) && items.every((x) => x.length <= 40 && x.split(/\s+/u).length <= 7)) return true;
  }
  // "E-Newspaper | Subscribe", "Sign In | TOI Plus": a short bar of account and edition links.
  if (s.length <= 60 && s.includes('|') && isAccountBar(s)) return true;
  if (s.length > 200) return false;
  // "[Share on Facebook] [Share on Twitter] [Email] [Comments]": a row of buttons.
  if (s.startsWith('[') && /^(?:\[[^[\]]{1,30}\]\s*){2,}$/u.test(s)) return true;
  if (s.length > 120) return false;
  const tokens = s.toLowerCase().split(/\s+/);
  if (tokens.length > 14) return false;
  return tokens.every((t) => MENU_WORDS.has(t.replace(/[^\p{L}|•·/>»-]/gu, '')));
}

/**
 * The ways a page writes its outlet's name as a masthead: whole, without a bracketed part, and the
 * bracketed part alone when it is a name ("U.S. Central Command (CENTCOM)", "IRNA (Islamic Republic
 * News Agency)"; not "CNN (transcript)").
 */
function mastheadKeys(outlet: string): string[] {
  const keys = [dedupeKey(outlet)];
  const bracket = /^(.+?)\s*\(([^()]+)\)\s*$/u.exec(outlet);
  if (bracket) {
    keys.push(dedupeKey(bracket[1]!));
    if (/^\p{Lu}/u.test(bracket[2]!.trim())) keys.push(dedupeKey(bracket[2]!));
  }
  return keys.filter((k) => k !== '');
}

/** A masthead: the outlet's name, perhaps with its edition ("IRNA English", "Gulf News Online"). */
function isMasthead(key: string, outletKeys: readonly string[]): boolean {
  return outletKeys.some((k) => key === k || (key.startsWith(`${k} `) && EDITIONS.has(key.slice(k.length + 1))));
}

const EDITIONS = new Set(['english', 'online', 'digital', 'com', 'international', 'news', 'edition', 'english edition', 'international edition', 'online edition', 'digital edition']);

/** Account and edition links: what a bar of two to four short items needs one of to be the page's header. */
const ACCOUNT_ITEM = /^(?:sign ?in|sign ?up|log ?in|log ?out|register|subscribe(?: now)?|my account|e-?newspaper|e-?paper|digital edition|print edition|newsletters?|donate)$/iu;

function isAccountBar(s: string): boolean {
  const items = s.split('|').map((x) => x.trim()).filter((x) => x !== '');
  return items.length >= 2 && items.length <= 4 && items.some((x) => ACCOUNT_ITEM.test(x)) && items.every((x) => !/\d/u.test(x) && x.split(/\s+/u).length <= 3);
}

/** Icon-font names scraped as text ("icon bookmark-bicon bookmarkicon cameraicon …"). */
function isIconStrip(s: string): boolean {
  if (!/icon/i.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length < 4) return false;
  let icons = 0;
  for (const t of tokens) if (/icon/i.test(t)) icons++;
  return icons >= 3 && icons / tokens.length >= 0.3;
}

/** A line that is nothing but a photo credit. */
function creditLine(s: string): boolean {
  if (s.length > 100) return false;
  const inner = s.replace(/^\((.*)\)\.?$/, '$1');
  const labelled = /^(image copyright|photo(graph)?s?|pictures?|image|credit|photo credit|file photo)\b/i.test(inner);
  // Labelled ("Photo: Reuters"), or a slash credit ("(AP Photo/Hadi Mizban)", "Getty/Instagram.").
  if (!labelled && !(inner.includes('/') && (inner !== s || s.length <= 60))) return false;
  return parseCredit(inner, s, labelled) !== null;
}

/** A post's number in a thread ("2/5 ", "3/ ", "(4/8) ") before its words; not "9/11" or "24/7". */
function threadNumber(s: string): string | null {
  const m = /^\(?(\d{1,2})\s?\/\s?(\d{1,2})?\)?\s+(?=[\p{Lu}"\u201c'\u2018@#])/u.exec(s);
  if (m === null) return null;
  const [n, of] = [Number(m[1]), m[2] === undefined ? null : Number(m[2])];
  if (of === null ? !/^\(?\d{1,2}\/\s/u.test(m[0]) : n === 0 || n > of || of > 30 || (n === 9 && of === 11)) return null;
  return m[0];
}

/** The app a post was sent from, after its stamp. */
const POST_CLIENT = /\s*[·•|]\s*(?:Twitter (?:Web (?:App|Client)|for (?:iPhone|Android|iPad|Mac|Advertisers))|TweetDeck|Hootsuite(?: Inc\.)?|Buffer|SocialFlow|Sprout Social|Echobox|dlvr\.it|Bluesky|Threads)$/iu;

