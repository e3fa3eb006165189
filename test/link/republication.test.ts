import { isRepublication, publisherKey } from '../../src/link/republication';

describe('publisherKey / isRepublication: who published a text, as far as its identity goes (ho27)', () => {
  const at = (outlet: string | null, url: string | null = null) => ({ outlet, url });

  it('one outlet under its several names is one publisher', () => {
    expect(publisherKey(at('AP'))).toBe(publisherKey(at('The Associated Press')));
    expect(isRepublication(at('Associated Press'), at('AP'))).toBe(false);
    expect(isRepublication(at('Associated Press'), at('ABC News'))).toBe(true);
  });

  it('without an outlet, the domain of its address: a page and its AMP copy are one publisher', () => {
    expect(publisherKey(at(null, 'https://www.example.com/a'))).toBe(publisherKey(at(null, 'https://amp.example.com/a')));
    expect(isRepublication(at(null, 'https://www.example.com/a'), at(null, 'https://news.other.org/b'))).toBe(true);
  });

  it('a text with no known publisher is the stored article, whoever stored it', () => {
    expect(publisherKey(at(null, 'not an address'))).toBeNull();
    expect(isRepublication(at('Reuters'), at(null))).toBe(false);
    expect(isRepublication(at(null), at('Reuters'))).toBe(false);
  });
});
