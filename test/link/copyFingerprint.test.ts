import { copyFingerprint, DEFAULT_COPY_PARAMS, estimateReuse } from '../../src/link/copyFingerprint';
import { copyTokens } from '../../src/link/copyText';
import { createMinHasher, estimateJaccard } from '../../src/link/minHash';
import { lshCandidateProbability } from '../../src/link/lshBands';

const AP = [
  'BAGHDAD (AP) — Dozens of angry Iraqi Shiite militia supporters have broken into the U.S. Embassy compound in Baghdad after smashing a door and storming inside, prompting tear gas and sounds of gunfire.',
  'An Associated Press reporter at the scene saw flames rising from inside the compound and at least three U.S. soldiers on the roof of the embassy. There was a fire at the reception area near the parking lot of the compound but it was unclear what had caused it.',
  'The embassy attack followed deadly U.S. airstrikes Sunday that killed 25 fighters of the Iran-backed militia. The militia vowed to retaliate against the strikes and the crowd chanted against America.',
].join('\n\n');

// A light rewrite: agency credit removed, "An Associated Press reporter" -> "A reporter", one paragraph of new text.
const REWRITE = [
  'Dozens of angry Iraqi Shiite militia supporters have broken into the US Embassy compound in Baghdad after smashing a door and storming inside, prompting tear gas and sounds of gunfire.',
  'A reporter at the scene saw flames rising from inside the compound and at least three US soldiers on the roof of the embassy. There was a fire at the reception area near the parking lot of the compound but it was unclear what had caused it.',
  'Our correspondent in Washington says officials are weighing further options after the weekend of violence in the Iraqi capital.',
].join('\n\n');

const UNRELATED = [
  'World champions Liverpool crushed Premier League runner-up Leicester 4-0 at King Power Stadium, extending their lead on the table to 13 points, with a game in hand.',
  'The first 30 minutes of the game was closely contested, but it fell to Roberto Firmino again to break the deadlock, with a header in the 31st minute.',
].join('\n\n');

describe('copy detection with shingles, MinHash and LSH', () => {
  it('folds abbreviations, quotes and punctuation before shingling', () => {
    expect(copyTokens('The U.S. Embassy — “a long quoted passage that should not count”, said he.')).toEqual(['the', 'us', 'embassy', 'said', 'he']);
  });

  it('estimates Jaccard similarity from signatures', () => {
    const mh = createMinHasher(256);
    const a = new Set(Array.from({ length: 200 }, (_, i) => i * 7919));
    const b = new Set([...a].slice(0, 100).concat(Array.from({ length: 100 }, (_, i) => 1e6 + i)));
    const est = estimateJaccard(mh.signature(a), mh.signature(b));
    expect(est).toBeGreaterThan(0.2);
    expect(est).toBeLessThan(0.5); // true value 100/300
  });

  it('gives a light rewrite band keys in common with the original, and an unrelated text none', () => {
    const ap = copyFingerprint(AP);
    const rw = copyFingerprint(REWRITE);
    const other = copyFingerprint(UNRELATED);
    const shared = rw.keys.filter((k) => ap.keys.includes(k));
    expect(shared.length).toBeGreaterThan(0);
    expect(other.keys.filter((k) => ap.keys.includes(k))).toEqual([]);
  });

  it('measures the share of reused text and the reused paragraphs', () => {
    const reuse = estimateReuse(copyFingerprint(REWRITE), copyFingerprint(AP));
    expect(reuse.share).toBeGreaterThan(0.5);
    expect(reuse.paragraphs.map((p) => p.index)).toEqual([0, 1]);
    expect(estimateReuse(copyFingerprint(UNRELATED), copyFingerprint(AP)).share).toBe(0);
  });

  it('leaves embedded tweets out: two pages embedding the same tweet are not copies', () => {
    const tweet = 'Iran killed an American contractor, wounding many. We strongly responded, and always will. Now Iran is orchestrating an attack on the U.S. Embassy in Iraq. They will be held fully responsible.\n— Donald J. Trump (@realDonaldTrump) December 31, 2019';
    const blog = `Live updates: the president has weighed in from Florida, blaming Tehran for the unrest in Baghdad.\n\n${tweet}`;
    const cable = `The president, spending the holidays at his resort, posted a series of messages as crowds gathered outside the walls.\n\n${tweet}`;
    expect(estimateReuse(copyFingerprint(cable), copyFingerprint(blog)).share).toBe(0);
    // A signature at the end of the tweet's own line drops that line only.
    const inline = copyFingerprint('Our own reporting on the strikes and what came after them in the capital.\nThey will pay a very BIG PRICE! This is not a Warning, it is a Threat. — Donald J. Trump (@realDonaldTrump) December 31, 2019');
    expect(inline.paragraphs).toHaveLength(1);
  });

  it('has an S-curve: near copies almost always collide, dissimilar sentences rarely', () => {
    expect(lshCandidateProbability(0.8, 8, 2)).toBeGreaterThan(0.99);
    expect(lshCandidateProbability(0.05, 8, 2)).toBeLessThan(0.03);
  });
});

describe('band keys of the default parameters', () => {
  it('are the first four bands of the eight used before, so stores written with eight are read the same way', () => {
    const text = 'Protesters broke into the US embassy compound in Baghdad on Tuesday and set fire to a reception area. A reporter saw flames rising from inside the compound.';
    const four = copyFingerprint(text, DEFAULT_COPY_PARAMS).keys;
    const eight = copyFingerprint(text, { ...DEFAULT_COPY_PARAMS, bands: 8 }).keys;
    expect(DEFAULT_COPY_PARAMS.bands).toBe(4);
    expect(four.length).toBeGreaterThan(0);
    expect(eight.filter((k) => /^m[0-3]\./u.test(k)).sort()).toEqual([...four].sort());
  });
});
