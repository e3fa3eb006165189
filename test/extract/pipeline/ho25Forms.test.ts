import { extractFile } from '../support/extractText';
import { parseInput } from '../../../src/extract/parseInput';

/** Forms met in a seventeenth held-out probe (ho25); the sentences and pages here are our own. */
describe('forms of the ho25 probe', () => {
  it('"the biggest strike since the 2020 killing of …": the strike is the day\'s, the killing an earlier happening', () => {
    const out = extractFile('a.txt',
      '---\npublished: 2024-02-03\n---\n\nThe United States launched air strikes on 85 targets in Iraq and Syria on Friday, officials said.\n\n' +
        'It was the biggest US strike on these groups since the 2020 killing of Iranian general Qassem Soleimani.\n',
    );
    const [first, second] = out.claims;
    expect(first!.event?.date).toBe('2024-02-02');
    expect(second!.event?.id).toBe(first!.event?.id);
    // Without a publication date the strike has no day; it does not take the killing's year.
    const undated = extractFile('a.txt', 'The United States launched air strikes on 85 targets in Iraq and Syria on Friday, officials said.\n\nIt was the biggest US strike on these groups since the 2020 killing of Iranian general Qassem Soleimani.\n');
    expect(undated.claims[0]!.event?.date ?? null).toBeNull();
  });

  it('a transcript label with a role or note in capitals in brackets: "LT GEN DOUGLAS SIMS (JOINT STAFF):"', () => {
    const out = extractFile('a.txt',
      'AMELIA GRANT (PRESENTER): Good evening. The United States has launched strikes on 85 targets.\n\n' +
        'LT GEN DOUGLAS SIMS (JOINT STAFF): We did this knowing that there would likely be casualties.\n\n' +
        'JOE BIDEN (STATEMENT, READ BY REPORTER): Our response began today and it will continue.\n\n' +
        'JOHN KIRBY (WHITE HOUSE): We do not seek a war with Iran.\n',
    );
    const by = (words: string): string | undefined => out.claims.find((c) => c.text.includes(words))?.speaker?.name;
    expect(by('knowing that there would likely be casualties')).toBe('Douglas Sims');
    expect(by('Our response began today')).toBe('Joe Biden');
    expect(by('seek a war with Iran')).toBe('John Kirby');
    expect(out.claims.some((c) => /\(JOINT STAFF\)|READ BY REPORTER|\(WHITE HOUSE\)/u.test(c.text))).toBe(false);
  });

  it('front matter "source: https://…" (a web clipper\'s) is the address; "source: Reuters" stays the outlet', () => {
    const [a] = parseInput({ file: 'c.md', content: '---\nsource: https://www.businessinsider.com/travelex-ransom-2020-1\noutlet: Business Insider\n---\n\nThe firm was hit on New Year\'s Eve.\n' });
    expect(a).toMatchObject({ url: 'https://www.businessinsider.com/travelex-ransom-2020-1', outlet: 'Business Insider' });
    const [b] = parseInput({ file: 'd.md', content: '---\nsource: Reuters\n---\n\nThe firm was hit on New Year\'s Eve.\n' });
    expect(b).toMatchObject({ url: null, outlet: 'Reuters' });
  });
});

describe('a time in another zone on the page\'s day', () => {
  it('"5:30 p.m. (EST) on January 7" on a live page of January 7 is January 8 in Iraq, not a year before', () => {
    const html =
      '<html><head><title>Live updates</title><meta property="article:published_time" content="2020-01-07T23:10:00Z"></head><body><article>' +
      '<h1>Iran fires missiles at US forces</h1><p>Here is the statement from the Pentagon spokesman, issued on Tuesday evening in Washington.</p>' +
      '<p>"At approximately 5:30 p.m. (EST) on January 7, Iran launched more than a dozen ballistic missiles against U.S. military and coalition forces in Iraq," the statement said.</p>' +
      '<p>The Pentagon said it was still assessing the damage at the two bases and would give more details later in the evening.</p></article></body></html>';
    const out = extractFile('live.html', html);
    expect(out.claims.find((c) => c.text.includes('ballistic missiles'))?.event?.date).toBe('2020-01-08');
  });
});
