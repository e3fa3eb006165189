import { byPublished, publishedInstant } from '../../src/link/byPublished';
import type { Article } from '../../src/domain';

const art = (id: string, published: string | null): Article =>
  ({ id, file: null, url: null, outlet: id, published, title: null, byline: null, credits: [], contentHash: id, text: '' }) as unknown as Article;
const order = (...xs: Article[]) => [...xs].sort(byPublished).map((a) => a.id);

describe('byPublished: the order in which articles appeared (ho27)', () => {
  it('compares instants, offsets included, not strings', () => {
    expect(order(art('utc', '2020-01-08T03:50:00Z'), art('tehran', '2020-01-08T04:41:00+03:30'))).toEqual(['tehran', 'utc']);
  });

  it('puts a page dated only by its day after every page timed on that day, and before the next day', () => {
    expect(order(art('day', '2020-01-08'), art('late', '2020-01-08T15:10:00Z'), art('early', '2020-01-08T03:50:00Z'), art('next', '2020-01-09T00:10:00Z'))).toEqual(['early', 'late', 'day', 'next']);
  });

  it('puts unknown and unreadable dates last, in a stable order', () => {
    expect(order(art('b', null), art('x', 'soon'), art('a', '2020-01-01'))).toEqual(['a', 'b', 'x']);
    expect(publishedInstant('soon')).toBeNull();
  });
});
