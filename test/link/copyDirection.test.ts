import type { Article } from '../../src/domain';
import { copyDirection, wireCredits } from '../../src/link/copyDirection';

const article = (id: string, outlet: string | null, published: string | null, credits: string[] = []): Article => ({
  id, file: null, url: null, outlet, published, title: null, byline: null, credits, notes: [], contentHash: id, text: '',
});

describe('copyDirection: which of two articles sharing text is the copy', () => {
  it('a paper crediting "(Reuters)" copies Reuters\'s own story, whichever was ingested first', () => {
    const reuters = article('r1', 'Reuters', '2019-12-29', ['Reuters']);
    const star = article('r2', 'The Example Star', '2019-12-30', ['Reuters']);
    expect(copyDirection(star, reuters)).toMatchObject({ copier: star, original: reuters });
    expect(copyDirection(reuters, star)).toMatchObject({ copier: star, original: reuters });
    expect(copyDirection(star, reuters).reason).toMatch(/credits Reuters, which published it/u);
  });

  it('the credited outlet is known by any of its names: a reprint crediting "Al Arabiya" copies Al Arabiya English', () => {
    const arabiya = article('a1', 'Al Arabiya English', '2020-01-04T21:48:00+04:00');
    const star = article('a2', 'The Daily Star (Lebanon)', '2020-01-05T00:05:00+02:00', ['Al Arabiya']);
    for (const [incoming, stored] of [[star, arabiya], [arabiya, star]] as const) {
      expect(copyDirection(incoming, stored)).toMatchObject({ copier: star, original: arabiya });
    }
    expect(copyDirection(star, arabiya).reason).toMatch(/credits Al Arabiya English, which published it/u);
    // An outlet crediting itself by another of its names is no wire credit.
    expect(wireCredits(article('a3', 'Al Arabiya English', '2020-01-04', ['Al Arabiya']))).toEqual([]);
  });

  it('a wire credit on one side only makes the credited text the original', () => {
    const local = article('a', 'WHAS11', '2019-12-31', ['Associated Press']);
    const blog = article('b', 'Some Blog', '2019-12-31');
    expect(copyDirection(blog, local)).toMatchObject({ copier: blog, original: local });
  });

  it('on the same day, an agency’s own story with its dateline credit is the original of an uncredited text, in either order', () => {
    const ap = article('a', 'Associated Press', '2019-12-31', ['Associated Press']);
    const rewrite = article('b', 'Valley News', '2019-12-31');
    expect(copyDirection(rewrite, ap)).toMatchObject({ copier: rewrite, original: ap });
    expect(copyDirection(ap, rewrite)).toMatchObject({ copier: rewrite, original: ap });
    expect(copyDirection(ap, rewrite).reason).toMatch(/own dateline credit/u);
    // A day earlier, the uncredited text still came first.
    const earlier = article('c', 'Valley News', '2019-12-30');
    expect(copyDirection(ap, earlier)).toMatchObject({ copier: ap, original: earlier });
  });

  it('then the earlier date, then the order of ingest', () => {
    const early = article('a', 'A', '2019-12-30');
    const late = article('b', 'B', '2019-12-31');
    expect(copyDirection(early, late)).toMatchObject({ copier: late, original: early });
    const same = article('c', 'C', '2019-12-31');
    expect(copyDirection(same, late)).toMatchObject({ copier: same, original: late, reason: 'stored first' });
  });
});
