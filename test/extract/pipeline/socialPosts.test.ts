import { extractFile } from '../support/extractText';

describe('posts copied from messaging channels and social pages', () => {
  it('a Telegram post: its "Forwarded from" header and its views foot are no claims, and the header is no headline', () => {
    const out = extractFile('post.txt',
      'Forwarded from Sabereen News\n🔴 URGENT | Sources: drone strike hits two vehicles near the airport\n\n' +
        'According to initial information, at least seven people were killed in the strike.\n\n' +
        "The group's media office confirmed the death of its deputy head. #Iraq\n\n👁 12.4K  edited  03:12\n",
    );
    expect(out.claims.map((c) => c.text).filter((t) => /12\.4K|Forwarded/u.test(t))).toEqual([]);
    expect(out.article.title).not.toMatch(/^Forwarded/u);
    expect(out.claims.some((c) => c.text.includes('at least seven people were killed'))).toBe(true);
  });

  it('a Facebook post\'s stamp ("3 January 2020 at 10:15 ·") dates it', () => {
    const out = extractFile('post.txt',
      'Ministry of Foreign Affairs - Iraq\n3 January 2020 at 10:15 ·\n\n' +
        'The ministry said on Thursday it had summoned the ambassador to protest against the strike.\n\nLike · Comment · Share\n',
    );
    expect(out.article.published).toBe('2020-01-03');
    expect(out.claims.map((c) => c.text)).toEqual(['it had summoned the ambassador to protest against the strike']);
  });
});
