import { claimsOf } from '../support/extractText';

/** Frames found in a held-out probe (the sentences here are our own). */
describe('a speaker’s scene before the comma is not what was said', () => {
  it('“Speaking to reporters on Sunday, X warned of more strikes” credits no setting as content', () => {
    const cs = claimsOf('Speaking to reporters aboard the carrier, the admiral threatened more strikes.', '2021-05-18');
    // (The threat itself is the admiral's: see reactions.test.ts.)
    expect(cs.map((c) => c.text)).toEqual(['the admiral threatened more strikes']);
    expect(cs[0]!.cue).toBe('threatened');
  });

  it('the scene still frames a verb of saying: “Speaking to reporters, X said …”', () => {
    const cs = claimsOf('Speaking to reporters on Monday, Mark Esper said the strikes were successful.', '2019-12-31');
    expect(cs.map((c) => [c.kind, c.speaker?.name, c.text])).toEqual([['attributed', 'Mark Esper', 'the strikes were successful']]);
  });
});

describe('“the government” after a military name', () => {
  it('is not the air force a plane was named after', () => {
    const cs = claimsOf('Speaking aboard Air Force One, Donald Trump threatened sanctions.\n\nIn Tehran, the government announced that it would no longer observe the limits.', '2020-01-06');
    const c = cs.find((x) => x.text.includes('no longer observe'));
    expect(c?.speaker?.name).not.toBe('Air Force');
  });
});

describe('a statement’s channel after the verb of saying', () => {
  it('“…,” X said in a statement released through his representatives: the quotation is X’s', () => {
    const cs = claimsOf('Carlos Ghosn left Japan on Sunday.\n\n"I will no longer be held hostage by a rigged system," Ghosn said in a statement released through his representatives.', '2019-12-31');
    expect(cs.find((c) => c.text.includes('held hostage'))).toMatchObject({ kind: 'quote', speaker: expect.objectContaining({ name: 'Carlos Ghosn' }) });
  });
});

describe('“tell me” in the present', () => {
  it('“officials tell me they are …” credits the officials, as “told me” does; “tell them to leave” is an order', () => {
    const cs = claimsOf('Defense officials tell me the paratroopers are going to Kuwait first.', '2020-01-01');
    expect(cs.map((c) => [c.kind, c.speaker?.name, c.text])).toEqual([['attributed', 'Defense officials', 'the paratroopers are going to Kuwait first']]);
    expect(claimsOf('The officials tell them to leave the base.', '2020-01-01').map((c) => c.kind)).not.toContain('attributed');
  });
});
