import { extractFile } from '../support/extractText';
import { isWholeQuotation, quoteSignature } from '../../../src/extract/attribution/quoteSignature';
import { htmlToParagraphs } from '../../../src/extract/parse/htmlToParagraphs';

const quoteOf = (cs: ReturnType<typeof extractFile>['claims']): ReturnType<typeof extractFile>['claims'][number] | undefined => cs.find((c) => c.text.includes('300 workers'));

describe('a quotation set apart with its signature under it', () => {
  it('reads the signature: a name, a title before it, a role after a comma', () => {
    expect(quoteSignature('— Ann Lee, union official')).toEqual({ name: 'Ann Lee', role: 'union official' });
    expect(quoteSignature('―Qassem Soleimani')).toEqual({ name: 'Qassem Soleimani', role: null });
    expect(quoteSignature('— and that was the end of it')).toBeNull();
    expect(isWholeQuotation('“We were told on Thursday that 300 workers would lose their jobs.”')).toBe(true);
    expect(isWholeQuotation('“We were told,” she said, “that 300 would go.” The mill closed.')).toBe(false);
  });

  it('plain text: the quotation is the signer\'s, its words without their marks; the signature is no claim', () => {
    const cs = extractFile('a.txt', 'The mill closed on Friday, the company said.\n\n“We were told on Thursday that 300 workers would lose their jobs.”\n\n— Ann Lee, union official\n\nPolice said nobody was hurt.\n').claims;
    expect(quoteOf(cs)).toMatchObject({ kind: 'quote', text: 'We were told on Thursday that 300 workers would lose their jobs', speaker: { name: 'Ann Lee', role: 'union official' } });
    expect(cs.some((c) => c.text.includes('union official'))).toBe(false);
  });

  it('a title before the name is the role ("— US Defence Secretary Mark Esper")', () => {
    const cs = extractFile('b.md', 'Britain condemned the attack.\n\n> "We will take any action necessary to protect our forces, and 300 workers too."\n>\n> — US Defence Secretary Mark Esper\n\nMore followed.\n').claims;
    expect(quoteOf(cs)).toMatchObject({ kind: 'quote', speaker: { name: 'Mark Esper', role: 'US Defence Secretary' } });
  });

  it("HTML: a block quote's <cite>, with or without its dash", () => {
    const page = (cite: string): string =>
      `<html><body><article><h1>Mill closes</h1><p>The mill in Leeds closed on Friday after a fire in its main hall, the company said in a statement.</p>` +
      `<p>The fire brigade said 60 firefighters fought the flames for five hours before the blaze was under control.</p>` +
      `<figure class="wp-block-pullquote"><blockquote><p>“We were told on Thursday that 300 workers would lose their jobs.”</p><cite>${cite}</cite></blockquote></figure>` +
      `<p>Police said nobody was hurt in the blaze, which started in a storage room on the ground floor of the building.</p></article></body></html>`;
    for (const cite of ['Ann Lee, union official', '— Ann Lee, union official']) {
      expect(quoteOf(extractFile('c.html', page(cite)).claims)).toMatchObject({ kind: 'quote', speaker: { name: 'Ann Lee', role: 'union official' } });
    }
  });

  it("a work's title in <cite> inside a quoted paragraph stays in its sentence", () => {
    expect(htmlToParagraphs('<blockquote><p>“We were told.”</p><cite>Ann Lee, union official</cite></blockquote><blockquote><p>He read <cite>The Times</cite> every day.</p></blockquote>')).toEqual([
      '“We were told.”',
      '— Ann Lee, union official',
      'He read The Times every day.',
    ]);
  });

  it('a Markdown quote callout ("> [!quote] Ann Lee") is signed by its title', () => {
    const cs = extractFile('d.md', 'The fire brigade said 60 firefighters fought the flames.\n\n> [!quote] Ann Lee\n> "We were told on Thursday that 300 workers would lose their jobs."\n\nPolice said nobody was hurt.\n').claims;
    expect(quoteOf(cs)).toMatchObject({ kind: 'quote', speaker: { name: 'Ann Lee' } });
  });
});
