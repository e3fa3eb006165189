import { repairMojibake } from '../../../src/extract/parse/repairMojibake';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';

describe('repairMojibake: UTF-8 once read as Windows-1252 or Latin-1', () => {
  it.each([
    ['FranÃ§ois Hollande', 'François Hollande'],
    // Saved twice, in decomposed form, as in a PolNeAR article.
    ['FranA\u0303\u0083A\u0302\u00a7ois Hollande', 'François Hollande'],
    ['donâ€™t', 'don’t'],
    ['Ã©tÃ©', 'été'],
    ['a price of Â£5', 'a price of £5'],
  ])('%s -> %s', (input, output) => {
    expect(repairMojibake(input)).toBe(output);
  });

  it.each(['café, naïve, São Paulo', 'Ã alone', '“quoted” — a dash', 'Müller’s', 'مرحبا بكم', 'Ş, ğ, ı'])('leaves real text alone: %s', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('a mangled name in an input file is read as the name', () => {
    const [article] = parseInput({ file: 'x.txt', content: '“Europe must defend itself,” French President FranÃ§ois Hollande said Friday.' });
    const c = extractArticle(article!).claims[0]!;
    expect(c.speaker?.name).toBe('François Hollande');
  });
});
