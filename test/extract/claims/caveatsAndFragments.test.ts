import { caveatOf } from '../../../src/extract/claims/caveatOf';
import { matchDateline } from '../../../src/extract/clean/rules/dateline';
import { splitSentences } from '../../../src/extract/segment/splitSentences';
import { claimsOf, claimWith, extractText } from '../support/extractText';

/** Claim forms found in a held-out probe in styles the corpus lacks (each text here is our own). */
describe('caveats that name what they doubt', () => {
  it('"The Cambodian account of a civilian death could not be verified" doubts the claim with those words, not the one before it', () => {
    const claims = claimsOf(
      'Cambodia\'s Defense Ministry spokesperson Chea Sovann said Thai soldiers had shelled a village, killing one civilian.\n\nThailand\'s Foreign Ministry said no Thai artillery had been fired on Sunday.\n\nThe Cambodian account of a civilian death could not be independently verified.',
      '2025-08-10',
    );
    expect(claimWith(claims, 'one civilian').certainty).toBe('unconfirmed');
    expect(claimWith(claims, 'no Thai artillery').certainty).toBe('asserted');
    expect(claims.some((c) => c.text.includes('could not be independently verified'))).toBe(false);
  });

  it('"…, and Al Jazeera could not independently verify it" doubts the report before it, over all its speaker\'s sentences', () => {
    const claims = claimsOf(
      'The Israeli military said its jets had targeted a weapons storage facility in the building. It said it had taken steps to mitigate harm to civilians.\n\nHezbollah did not immediately comment on the claim, and Al Jazeera could not independently verify it.',
      '2025-03-18',
    );
    expect(claimWith(claims, 'weapons storage').certainty).toBe('unconfirmed');
    expect(claimWith(claims, 'mitigate harm').certainty).toBe('unconfirmed');
    // The sentence says more than the caveat: it stays a claim.
    expect(claims.some((c) => c.text.includes('did not immediately comment'))).toBe(true);
  });

  it('caveatOf reads the of-phrase and the pronoun object', () => {
    expect(caveatOf('The Cambodian account of a civilian death could not be independently verified.')?.about).toEqual(['civilian', 'death']);
    expect(caveatOf('Hezbollah did not comment on the claim, and Al Jazeera could not independently verify it.')).toEqual(expect.objectContaining({ scope: 'report', actor: 'Al Jazeera', only: false }));
  });
});

describe('press releases and fact-checks', () => {
  it('a results line without a verb is a claim; a dateline with its full date is stripped', () => {
    const claims = claimsOf('CARDIFF, 8 January 2024 — Penarth Homeware Group plc today announces a trading update.\n\nGroup revenue of £386.4m, down 4.1% on the prior year\n\nNet debt of £42.8m at year end\n\nHighlights', '2024-01-08');
    expect(claimWith(claims, 'Group revenue').quantities.map((q) => q.value)).toEqual([386.4e6, 4.1]);
    expect(claimWith(claims, 'Net debt').quantities[0]?.unit).toBe('GBP');
    expect(claimWith(claims, 'trading update').text.startsWith('Penarth')).toBe(true);
    expect(claims.some((c) => c.text === 'Highlights')).toBe(false);
  });

  it('"Following a review, the Board proposes to close 14 stores" is one claim (no appositive after the comma)', () => {
    const claims = claimsOf('Following a review of the store estate, the Board proposes to close 14 stores where leases expire during 2024.', '2024-01-08');
    expect(claims).toHaveLength(1);
  });

  it('"Made by:" in a fact-check names the claimant and is no claim', () => {
    const claims = claimsOf('Claim: Burglaries have halved since 2019.\n\nMade by: Andrew Pearce, a Labour councillor, in a video posted last week.', '2024-04-25');
    expect(claims.some((c) => c.text.startsWith('Made by'))).toBe(false);
  });

  it('"No." answering a heading ends its sentence; "No. 10" does not', () => {
    const text = 'No. Home Office data shows that 5.1% of burglaries resulted in a charge. The office at No. 10 Downing Street declined to comment.';
    const ss = splitSentences(text, [{ start: 0, end: text.length, kind: 'body' }]).map((s) => s.text);
    expect(ss).toEqual(['No.', 'Home Office data shows that 5.1% of burglaries resulted in a charge.', 'The office at No. 10 Downing Street declined to comment.']);
  });
});

describe('datelines the corpus lacks', () => {
  it('"CARDIFF, 8 January 2024 —" and "LONDON, January 8, 2024 —" are datelines', () => {
    expect(matchDateline('CARDIFF, 8 January 2024 — The group today announces results.')?.byline).toBe('CARDIFF, 8 January 2024 —');
    expect(matchDateline('LONDON, January 8, 2024 — The group today announces results.')?.byline).toBe('LONDON, January 8, 2024 —');
  });

  it('"CHAMBA (HP):" names a state, not a source', () => {
    expect(matchDateline('CHAMBA (HP): At least 12 people were killed.')).toEqual(expect.objectContaining({ credited: false, names: [] }));
    const x = extractText('CHAMBA (HP): At least 12 people were killed when a bus fell into a gorge, officials said.', '2024-06-09');
    expect(x.claims[0]?.credit ?? null).toBeNull();
  });

  it('"Posts claim that Iran shot down three jets" is kept though the tagger reads "claim" and "shot" as nouns', () => {
    const cs = claimsOf('The strikes killed 25.\n\nPosts claim that Iran shot down three jets.\n\nReports say that the base was hit.');
    expect(claimWith(cs, 'Posts claim').text).toBe('Posts claim that Iran shot down three jets.');
    expect(cs.some((c) => c.text.includes('the base was hit'))).toBe(true);
  });
});

describe('a verb in -s that wink reads as a noun (ho19)', () => {
  it('"Turkey shares a 534-kilometer border with Iran" is a claim', () => {
    expect(claimsOf('Turkey shares a 534-kilometer border with Iran.', '2020-01-09')).toHaveLength(1);
    // A plural noun after a name is no verb: "Iran talks" stays a fragment.
    expect(claimsOf('Iran talks in Vienna.', '2020-01-09')).toHaveLength(0);
  });
});

describe('a timeline told in the present (ho26)', () => {
  it('reads "Iraq\'s parliament votes for …" and "Iran fires ballistic missiles at …" as claims', () => {
    const claims = claimsOf("5 January: Iraq's parliament votes for the expulsion of foreign troops.\n\n8 January: Iran fires ballistic missiles at Ain al-Asad air base and at Erbil.", '2020-01-09');
    expect(claims.map((c) => c.text)).toEqual([
      "5 January: Iraq's parliament votes for the expulsion of foreign troops.",
      '8 January: Iran fires ballistic missiles at Ain al-Asad air base and at Erbil.',
    ]);
  });
});
