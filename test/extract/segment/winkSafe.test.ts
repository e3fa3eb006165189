import { winkSafe } from '../../../src/extract/segment/winkSafe';
import { splitSentences } from '../../../src/extract/segment/splitSentences';
import { claimsOf, claimWith } from '../support/extractText';

describe('letters wink-nlp does not know (ho19: "Erdoğan said")', () => {
  it('are read as their base letters, one code unit for one', () => {
    for (const [text, safe] of [
      ['Erdoğan said', 'Erdogan said'],
      ['Łukasz Wałęsa', 'Lukasz Walesa'],
      ['Nguyễn Phú Trọng', 'Nguyen Phú Trong'],
      ['Dženan Šarić, Zoë Çelik', 'Dzenan Saric, Zoë Çelik'],
      ['Kılıçdaroğlu', 'Kiliçdaroglu'],
    ]) {
      expect(winkSafe(text!)).toBe(safe);
      expect(winkSafe(text!)).toHaveLength(text!.length);
    }
    const plain = 'Esper said 750 soldiers would deploy.';
    expect(winkSafe(plain)).toBe(plain);
  });

  it('a name with them is one word: its speaker is found and the sentence keeps its own text', () => {
    for (const text of ['Erdoğan said Turkey was ready for talks with Iran.', 'Turkey was ready for talks with Iran, Erdoğan said.']) {
      expect(claimWith(claimsOf(text), 'ready for talks').speaker?.name).toBe('Recep Tayyip Erdogan');
    }
    expect(claimWith(claimsOf('Dženan Šarić said the bridge was closed.'), 'bridge').speaker?.name).toBe('Dženan Šarić');
    const text = 'Kılıçdaroğlu spoke. Then Erdoğan left.';
    expect(splitSentences(text, [{ start: 0, end: text.length, kind: 'body' }]).map((s) => s.text)).toEqual(['Kılıçdaroğlu spoke.', 'Then Erdoğan left.']);
  });
});
