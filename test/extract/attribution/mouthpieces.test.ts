import { claimsOf, claimWith } from '../support/extractText';
import { tagEntities } from '../../../src/extract/entities/tagEntities';

/** Who speaks when someone speaks for someone else, or a report cites its source (each sentence here is our own). */
describe('mouthpieces and cited sources', () => {
  it('"A spokesperson for Health Minister X" speaks for the minister, whose role is the office, not "spokesperson for …"', () => {
    const c = claimWith(claimsOf('A spokesperson for Health Minister Joe Phaahla said 12 people had died.'), '12 people');
    expect(c.speaker).toEqual(expect.objectContaining({ name: 'Joe Phaahla', type: 'person', role: 'Health Minister' }));
  });

  it('"an aide to Prime Minister X" is the minister\'s aide, a person of their own', () => {
    const c = claimWith(claimsOf('An aide to Prime Minister Boris Johnson said the talks were over.'), 'talks were over');
    expect(c.speaker?.name).toBe("Boris Johnson's aide");
  });

  it('a portfolio after a title belongs to the title: "Secretary of State for Health Matt Hancock"', () => {
    const m = tagEntities('Secretary of State for Health Matt Hancock said 12 people had died.').find((x) => x.type === 'person')!;
    expect(m.name).toBe('Matt Hancock');
    expect(m.role).toBe('Secretary of State for Health');
  });

  it('"Reuters, citing a police source, reported that …": the source speaks, through Reuters', () => {
    const c = claimWith(claimsOf('Reuters, citing a police source, reported that three people were killed in the blast.'), 'three people');
    expect(c.speaker?.name).toBe('police source');
    expect(c.via?.name).toBe('Reuters');
    expect(c.text).toBe('three people were killed in the blast');
  });

  it('"The agency, quoting a senior commander, said …" after a named agency', () => {
    const c = claimWith(claimsOf("Iran's Tasnim news agency, quoting a senior commander, said the missiles hit their targets."), 'missiles hit');
    expect(c.speaker?.name).toBe('senior commander');
    expect(c.via?.name).toBe('Tasnim');
  });

  it('figures a report cites are no speaker: "The ministry, citing preliminary figures, said …"', () => {
    const claims = claimsOf('The Health Ministry said on Monday that hospitals were full.\n\nThe ministry, citing preliminary figures, said 40 people died.');
    expect(claimWith(claims, '40 people').speaker?.name).toBe('Health Ministry');
    expect(claimWith(claims, '40 people').via).toBeUndefined();
  });

  it('"A ministry spokesperson" is the ministry named before, the latest one that spoke', () => {
    const claims = claimsOf('The Health Ministry said 40 people died. Iran\'s foreign ministry denied the report. A ministry spokesman said the claim was false.');
    expect(claimWith(claims, 'claim was false').speaker?.name).toBe('Iranian Foreign Ministry');
    const other = claimsOf('The Ministry of Health said 40 people were in hospital. A ministry spokesperson said the figure would rise.');
    expect(claimWith(other, 'figure would rise').speaker?.name).toBe('Ministry of Health');
  });

  it('"A police spokesman" is the police force named before; with none named it stays as written', () => {
    expect(claimWith(claimsOf('Assam Police said two men were held. A police spokesman said they were questioned overnight.'), 'questioned').speaker?.name).toBe('Assam Police');
    expect(claimWith(claimsOf('A police spokesman said they were questioned overnight.'), 'questioned').speaker?.name).toBe('police spokesman');
  });

  it('"a state government spokesperson" is not whichever official spoke before', () => {
    const claims = claimsOf('A forest official said about 80% of the park was under water. A state government spokesperson said Assam had asked for 5 billion rupees.');
    expect(claimWith(claims, '5 billion').speaker?.name).toBe('state government spokesperson');
  });
});

describe("the speaker's next act after the reported words", () => {
  it('"X told reporters A and called on Y to B": A is what was said, the call a claim of its own', () => {
    const claims = claimsOf('Esper told reporters the deployment was a precaution and called on Iraq to protect US personnel.');
    expect(claimWith(claims, 'precaution').text).toBe('the deployment was a precaution');
    const call = claimWith(claims, 'protect US personnel');
    expect(call.text).toBe('called on Iraq to protect US personnel');
    expect(call.speaker?.name).toBe('Mark Esper');
    expect(call.cue).toBe('called');
  });

  it('", and urged …" after a statement', () => {
    const claims = claimsOf('The Iraqi foreign ministry said the strikes were a violation of sovereignty, and urged Washington to respect Iraq.');
    expect(claimWith(claims, 'sovereignty').text).toBe('the strikes were a violation of sovereignty');
    expect(claimWith(claims, 'respect Iraq').cue).toBe('urged');
  });

  it('an act inside a quotation stays in it', () => {
    const c = claimWith(claimsOf('He said: "We stood firm and called on our allies to help."'), 'stood firm');
    expect(c.text).toMatch(/called on our allies/u);
  });
});
