import type { Article, Claim, Source } from '../../src/domain';
import { originOf, type OriginFacts } from '../../src/link/originOf';

const src = (name: string, type: Source['type']): Source => ({ id: `s_${name.toLowerCase().replace(/\W+/g, '-')}`, name, type, role: null, aliases: [] });
const AP = src('Associated Press', 'news_agency');
const PA = src('PA Media', 'news_agency');
const POMPEO = src('Mike Pompeo', 'person');
const OFFICIALS = src('US officials', 'group');

function facts(outlet: string, over: Partial<OriginFacts> = {}): OriginFacts {
  const article = { id: `a_${outlet}`, outlet, published: '2019-12-31', credits: [], notes: [], file: null, url: null, title: null, byline: null, contentHash: 'x', text: '' } as Article;
  const claim = { id: `${article.id}:0-10`, articleId: article.id, credit: null } as unknown as Claim;
  return { claim, article, speaker: null, publisher: src(outlet, 'outlet'), credits: [], inheritedCredits: [], claimCredit: null, copyRoot: null, ...over };
}

describe('origin of a supporting claim (independence)', () => {
  it('two outlets running the same AP copy are one origin', () => {
    const a = originOf(facts('WHAS11', { credits: [AP] }));
    const b = originOf(facts('93.9 The Eagle', { credits: [AP] }));
    expect(a.key).toBe(b.key);
    expect(a.label).toBe('Associated Press wire copy');
  });

  it('a reprint of AP copy without a credit line inherits AP along the copy chain', () => {
    const reprint = originOf(facts('Daily Reprint', { inheritedCredits: [AP], copyRoot: { id: 'a_WHAS11' } as Article }));
    expect(reprint.key).toBe('agency:s_associated-press');
    expect(reprint.label).toMatch(/reprinted without credit/);
  });

  it('quotes of one named speaker are one origin whatever the outlet', () => {
    expect(originOf(facts('BBC News', { speaker: POMPEO })).key).toBe(originOf(facts('Al Arabiya', { speaker: POMPEO, credits: [AP] })).key);
  });

  it('unnamed officials are not one origin across outlets: each outlet reports them on its own', () => {
    expect(originOf(facts('BBC News', { speaker: OFFICIALS })).key).not.toBe(originOf(facts('The Times', { speaker: OFFICIALS })).key);
  });

  it("an agency's own reporting is its own origin, and two articles of one outlet are one", () => {
    expect(originOf(facts('PA Media', { publisher: PA, credits: [PA] })).label).toBe('PA Media (own reporting)');
    expect(originOf(facts('BBC News')).key).toBe(originOf({ ...facts('BBC News'), article: { ...facts('BBC News').article, id: 'a_other' } }).key);
  });

  it('an uncredited copy chain groups the copies with the article they copy', () => {
    const root = facts('Original Post').article;
    expect(originOf(facts('Copier', { copyRoot: root })).key).toBe(originOf(facts('Original Post', { copyRoot: root, article: root })).key);
  });
});
