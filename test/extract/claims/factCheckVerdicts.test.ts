import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';
import { toInterchange } from '../../../src/extract/toInterchange';
import { verdictReviews } from '../../../src/extract/verdictReviews';
import type { Extraction } from '../../../src/extract/types';
import { claimWith, extractText } from '../support/extractText';

/** A fact-check as its outlet publishes it: outlet and URL known, so its verdicts have a reviewer. */
function factCheck(body: string, published: string | null = '2020-01-06'): Extraction {
  return extractArticle({ file: 'check.md', url: 'https://check.example/pence-911', outlet: 'TruthMeter', published, title: null, format: 'markdown', body });
}

const ratingOf = (x: Extraction, part: string): string | undefined => x.verdicts.find((v) => v.claimId === claimWith(x.claims, part).id)?.rating;

const AP_STYLE = [
  'Vice President Mike Pence tied the general to the deadliest terrorist attack on American soil.',
  '"Soleimani assisted in the clandestine travel to Afghanistan of 10 of the 12 terrorists who carried out the September 11th terrorist attacks," Pence tweeted on Jan. 3.',
  'THE CLAIM: Soleimani helped 10 of the 12 hijackers who carried out the Sept. 11 attacks travel to Afghanistan.',
  'THE RATING: False.',
  'There were 19 hijackers on Sept. 11, 2001, not 12. We rate this claim False.',
].join('\n\n');

describe('fact-check verdicts', () => {
  it('"THE CLAIM" and "THE VERDICT" as headings of their own name the next paragraph', () => {
    const x = factCheck(
      [
        'Posts shared thousands of times say Iran downed three US jets this week.',
        'THE CLAIM',
        '"BREAKING: Iran has shot down 3 US jets over Iraq," reads a Facebook post published on January 8.',
        'THE FACTS',
        'A spokesman for Central Command, Captain Ana Ruiz, told us that no US aircraft were shot down.',
        'THE VERDICT',
        'FALSE. There is no evidence that Iran shot down any US aircraft.',
      ].join('\n\n'),
      '2020-01-10',
    );
    expect(x.verdicts).toEqual([{ claimId: claimWith(x.claims, 'BREAKING').id, rating: 'FALSE' }]);
    expect(claimWith(x.claims, 'BREAKING').cue).toBe('THE CLAIM');
    // A heading written with a colon is the same label.
    const colon = factCheck(['Claim:', 'Iran downed three US jets over Iraq.', 'Verdict:', 'False. The footage is from a game.'].join('\n\n'));
    expect(claimWith(colon.claims, 'downed three').cue).toBe('Claim');
    expect(colon.verdicts.map((v) => v.rating)).toEqual(['False']);
    // A heading before prose that is no rating rates nothing.
    const prose = factCheck(['THE CLAIM', 'Iran downed three US jets, a post says.', 'THE VERDICT', 'The footage comes from a video game released in 2013.'].join('\n\n'));
    expect(prose.verdicts).toEqual([]);
  });

  it('"THE CLAIM:" is the claimant\'s claim without its label, and "THE RATING:" rates it', () => {
    const x = factCheck(AP_STYLE);
    const checked = claimWith(x.claims, 'Soleimani helped 10');
    expect(checked).toMatchObject({
      text: 'Soleimani helped 10 of the 12 hijackers who carried out the Sept. 11 attacks travel to Afghanistan.',
      kind: 'attributed',
      speaker: { name: 'Mike Pence' },
      cue: 'THE CLAIM',
    });
    // The id follows the claim's own offsets, after the label.
    expect(x.article.text.slice(checked.start, checked.end)).toBe(checked.text);
    expect(checked.id).toBe(`${x.article.id}:${checked.start}-${checked.end}`);
    expect(x.claims.some((c) => /^THE (?:CLAIM|RATING)/u.test(c.text))).toBe(false);
    // One verdict per checked claim: the ruling's "We rate this claim False" repeats the rating.
    expect(x.verdicts).toEqual([{ claimId: checked.id, rating: 'False' }]);
  });

  it('the verdict becomes a review by the publishing outlet, dated by the article', () => {
    const x = factCheck(AP_STYLE);
    const [review] = verdictReviews(x, '2030-01-01T00:00:00.000Z');
    expect(review).toMatchObject({ rating: 'False', reviewer: 'TruthMeter', url: 'https://check.example/pence-911', createdAt: '2020-01-06T00:00:00.000Z' });
    expect(review!.claimId).toBe(claimWith(x.claims, 'Soleimani helped 10').id);
    // Undated article: the time the review is made; no outlet: no reviewer, no review.
    expect(verdictReviews(factCheck(AP_STYLE, null), '2030-01-01T00:00:00.000Z')[0]!.createdAt).toBe('2030-01-01T00:00:00.000Z');
    expect(verdictReviews(extractText(AP_STYLE), '2030-01-01T00:00:00.000Z')).toEqual([]);
    expect(toInterchange(x).reviews).toEqual([
      { claimId: review!.claimId, rating: 'False', reviewer: 'TruthMeter', url: 'https://check.example/pence-911', datePublished: '2020-01-06T00:00:00.000Z' },
    ]);
    // extract --json reads no clock: an undated fact-check's verdict has no date yet.
    expect(toInterchange(factCheck(AP_STYLE, null)).reviews?.map((r) => r.datePublished)).toEqual([null]);
  });

  it('numbered claims each take the verdict that follows them (AFP style); a claim nobody in the text made has no speaker', () => {
    const x = factCheck(
      [
        'Claim 1: Soleimani was plotting "imminent" attacks',
        'President Donald Trump said on January 3 that Soleimani was plotting imminent and sinister attacks on American diplomats.',
        'Verdict: Unproven. The administration has not made public any evidence.',
        'Claim 2: Photo shows Iraqis celebrating Soleimani\'s death in Baghdad',
        'A reverse image search shows the photo was published by news agencies in October 2019.',
        'Verdict: False. The photo is misattributed.',
      ].join('\n\n'),
    );
    expect(claimWith(x.claims, 'was plotting "imminent"')).toMatchObject({ kind: 'attributed', speaker: { name: 'Donald Trump' }, cue: 'Claim 1' });
    expect(claimWith(x.claims, 'Photo shows Iraqis')).toMatchObject({ kind: 'attributed', speaker: null, cue: 'Claim 2', text: "Photo shows Iraqis celebrating Soleimani's death in Baghdad" });
    expect(ratingOf(x, 'was plotting "imminent"')).toBe('Unproven');
    expect(ratingOf(x, 'Photo shows Iraqis')).toBe('False');
    expect(x.verdicts).toHaveLength(2);
  });

  it('"We rate the claim that X as Y" rates the claim in the article that says X', () => {
    const x = factCheck(
      [
        'President Donald Trump told Fox News that Iranian Gen. Qassem Soleimani was planning attacks on four U.S. embassies.',
        'Defense Secretary Mark Esper said he had not seen specific evidence about four embassies.',
        'Our ruling: We rate the claim that Soleimani was planning attacks on four embassies as unsupported. There is no public evidence for it.',
      ].join('\n\n'),
    );
    expect(x.verdicts).toEqual([{ claimId: claimWith(x.claims, 'was planning attacks on four U.S. embassies').id, rating: 'unsupported' }]);
  });

  it('without a labelled claim, the ruling rates the claim it restates just before "We rate this claim …"', () => {
    const x = factCheck(
      [
        'Byman, a professor, said it was unlikely.',
        'Our ruling',
        'Pence said Soleimani "assisted in the clandestine travel" of 10 of the 12 terrorists who carried out the 9/11 attacks. There were 19 hijackers. We rate this claim Mostly False.',
      ].join('\n\n'),
    );
    expect(x.verdicts).toEqual([{ claimId: claimWith(x.claims, 'assisted in the clandestine travel').id, rating: 'Mostly False' }]);
  });

  it('news that mentions ratings, claims and verdicts is no fact-check', () => {
    const x = factCheck(
      [
        'The jury reached a verdict: guilty on all counts, the court said.',
        'Claims: the insurer paid 4,000 policyholders after the floods, its chief executive said.',
        'We rate the new stadium highly, the club\'s fans said.',
        'Our rating: a long paragraph that goes on to explain why the committee thought the bill needed changes.',
        'PolitiFact rated Trump\'s statement about shootings in Chicago True.',
      ].join('\n\n'),
    );
    expect(x.verdicts).toEqual([]);
    // A "Claims:" paragraph whose own words name a speaker stays that speaker's claim as found.
    expect(claimWith(x.claims, 'the insurer paid')).toMatchObject({ kind: 'attributed', speaker: { name: 'chief executive' }, cue: 'said' });
  });
});

describe('a fact-check set out under Markdown headings (ho19)', () => {
  const page = [
    '---',
    'url: https://check.example/ain-al-asad',
    'outlet: TruthMeter',
    'published: 2020-01-31',
    'title: Were 80 US soldiers killed at Ain al-Asad?',
    '---',
    '',
    '## Claim 1: "80 American terrorists were killed and 200 wounded"',
    '',
    '**Who said it:** Iranian state television, in a broadcast on the morning of January 8, citing an informed source.',
    '',
    '**Verdict: FALSE**',
    '',
    'No US or coalition service members were killed in the attack, the Pentagon said.',
    '',
    '## Claim 2: "No Americans were harmed"',
    '',
    '**Who said it:** US President Donald Trump, in a televised address from the White House on January 8: "No Americans were harmed in last night\'s attack by the Iranian regime. We suffered no casualties, all of our soldiers are safe."',
  ].join('\n');

  it('the claim heading is the checked claim, rated by the verdict under it; the claimant line’s quotation is the claimant’s', () => {
    const x = extractArticle(parseInput({ file: 'check.md', content: page })[0]!);
    expect(ratingOf(x, '80 American terrorists')).toBe('FALSE');
    expect(claimWith(x.claims, 'No Americans were harmed in last night')).toMatchObject({ kind: 'quote', speaker: { name: 'Donald Trump' }, cue: 'in a televised address from the White House on January 8' });
    // A claimant line with no quotation names the claimant and is no claim.
    expect(x.claims.some((c) => c.text.includes('Iranian state television, in a broadcast'))).toBe(false);
  });
});

describe('a fact-check’s claim and verdict boxes that Readability leaves out (ho20)', () => {
  const PAGE = `<!DOCTYPE html><html><head><title>FactCheck: Did Iran's missile strikes kill 80 Americans?</title>
<meta property="og:site_name" content="Channel 4 News"><meta property="article:published_time" content="2020-01-09T15:30:00Z"></head>
<body><main><article class="factcheck"><h1>FactCheck: Did Iran's missile strikes kill 80 Americans?</h1>
<div class="claim-box"><h2>The claim</h2><p>"At least 80 American terrorists were killed" in Iran's missile attacks on US bases in Iraq, and "about 200" were wounded.</p>
<p class="claim-source">Iranian state television (IRIB), 8 January 2020</p></div>
<div class="verdict-box"><h2>The verdict</h2><p class="verdict"><strong>False.</strong> There is no evidence that anyone was killed in the attacks.</p></div>
<div class="body"><h2>The analysis</h2>
<p>In the early hours of Wednesday morning, Iran fired ballistic missiles at the Ain al-Asad air base in western Iraq and at a base near Erbil in the Kurdistan region, in what the Revolutionary Guards called revenge for the killing of General Qassem Soleimani.</p>
<p>Within hours, Iranian state television was reporting that 80 "American terrorists" had been killed. The broadcaster cited "an informed source" in the Guards, and said US helicopters had been severely damaged.</p>
<p>At a Pentagon briefing later on Wednesday, the defence secretary, Mark Esper, said 16 short-range ballistic missiles had been fired from three locations inside Iran, and that no Americans had been killed or wounded in the attacks on the two bases.</p>
</div></article></main></body></html>`;

  it('the boxes come back as the claim, credited to whoever the analysis quotes saying it, and its rating', () => {
    const [parsed] = parseInput({ file: '451.html', content: PAGE });
    const x = extractArticle(parsed!);
    const checked = claimWith(x.claims, 'At least 80 American terrorists');
    expect(checked.speaker?.name).toBe('Iranian state television');
    expect(x.verdicts).toEqual([{ claimId: checked.id, rating: 'False' }]);
    expect(claimWith(x.claims, 'There is no evidence').speaker).toBeNull();
  });

  it('a box named “claim” with no rating box beside it is no fact-check', () => {
    const page = PAGE.replace(/<div class="verdict-box">[\s\S]*?<\/div>/u, '');
    const [parsed] = parseInput({ file: '451.html', content: page });
    const x = extractArticle(parsed!);
    expect(x.verdicts).toEqual([]);
  });
});

describe('PolitiFact’s claim box: a quoted claim, its speaker line, and a ruling that restates the opposite (ho27)', () => {
  const body = [
    'Even an Iranian military commander said the strikes were not designed to kill.',
    'Claim: "Iran\'s missile strikes killed 80 US soldiers."',
    'Speaker: Facebook posts, Jan. 8, 2020',
    'Rating: False',
    'Facebook posts claim that Iran\'s missile strikes killed 80 US soldiers in Iraq.',
    'U.S. and Iraqi officials said no one was killed, and the president said all U.S. troops at the bases were safe. We rate this claim False.',
  ].join('\n\n');

  it('rates the quoted claim, not what the officials said in the ruling, and credits it to the speaker line', () => {
    const x = factCheck(body, '2020-01-10');
    expect(ratingOf(x, "Iran's missile strikes killed 80 US soldiers")).toBe('False');
    expect(ratingOf(x, 'no one was killed')).toBeUndefined();
    const checked = x.claims.find((c) => c.id === x.verdicts[0]!.claimId)!;
    expect(checked.text).toBe("Iran's missile strikes killed 80 US soldiers");
    expect(checked.speaker?.name).toBe('Facebook');
  });

  it('a speaker line names a person the article knows by the name it gives him first ("US President Donald Trump, in …")', () => {
    const x = factCheck(
      [
        'President Donald Trump spoke from the White House on Wednesday.',
        'Claim 2: "No Americans were harmed"',
        'Who said it: US President Donald Trump, in a televised address on January 8.',
        'Verdict: MISLEADING',
      ].join('\n\n'),
      '2020-02-01',
    );
    const checked = x.claims.find((c) => c.id === x.verdicts[0]?.claimId);
    expect(checked?.text).toMatch(/^"?No Americans were harmed/u);
    expect(checked?.speaker?.name).toBe('Donald Trump');
  });
});
