import { toInterchange } from '../../../src/extract/toInterchange';
import { extractText } from '../support/extractText';

describe('interchange JSON (DESIGN.md)', () => {
  const x = extractText('Twelve people were injured in the blast on Sunday, the Red Cross said.\n\n“We need blood donors,” said nurse Ana Ruiz.', '2020-03-03', 'blast.txt');
  const json = JSON.parse(JSON.stringify(toInterchange(x))) as Record<string, unknown>;

  it('has exactly the article and claim fields of the design, in order', () => {
    expect(Object.keys(json)).toEqual(['article', 'claims']);
    expect(Object.keys(json.article as object)).toEqual(['id', 'file', 'url', 'outlet', 'published', 'title', 'byline', 'credits']);
    const claims = json.claims as Array<Record<string, unknown>>;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(Object.keys(c)).toEqual(['id', 'articleId', 'text', 'sentence', 'start', 'end', 'kind', 'certainty', 'speaker', 'cue', 'quote', 'quantities', 'event', 'entities', 'credit']);
      if (c.speaker) expect(Object.keys(c.speaker as object)).toEqual(['name', 'type', 'role']);
      for (const q of c.quantities as object[]) expect(Object.keys(q)).toEqual(['text', 'value', 'qualifier', 'unit', 'subject', 'predicate']);
      // (One day here; a range adds `dateEnd`, below.)
      if (c.event) expect(Object.keys(c.event as object)).toEqual(['id', 'label', 'date', 'place']);
      for (const e of c.entities as object[]) expect(Object.keys(e)).toEqual(['name', 'type']);
    }
  });

  it('gives the last day of an event that is a range after the design\'s fields, and only then', () => {
    const night = toInterchange(extractText('Iran fired missiles at two bases in Iraq overnight, officials said. The strikes on Sunday killed 25 fighters, officials said.', '2020-01-08', 'night.txt'));
    const events = night.claims.map((c) => c.event);
    expect(events[0]).toEqual({ id: expect.any(String), label: 'missile strike', date: '2020-01-07', place: 'Iraq', dateEnd: '2020-01-08' });
    expect(Object.keys(events[1]!)).toEqual(['id', 'label', 'date', 'place']);
    expect(events[1]).toMatchObject({ date: '2020-01-05' });
  });

  it('carries the values of the extraction', () => {
    const claims = json.claims as Array<Record<string, any>>;
    const injured = claims.find((c) => String(c.text).includes('injured'))!;
    expect(injured).toMatchObject({ kind: 'attributed', certainty: 'asserted', cue: 'said', speaker: { name: 'Red Cross', type: 'organization', role: null } });
    expect(injured.quantities[0]).toMatchObject({ value: 12, qualifier: 'exact' });
    expect(injured.event).toMatchObject({ date: '2020-03-01' });
    expect((json.article as Record<string, unknown>).file).toBe('blast.txt');
  });
});
