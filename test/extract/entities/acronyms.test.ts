import { acronymOf } from '../../../src/extract/entities/acronymOf';
import { findAliasStatements } from '../../../src/link/aliasStatements';
import { extractText } from '../support/extractText';

describe('acronyms', () => {
  it('reads initials, with function words passed over or spelled', () => {
    expect(acronymOf('IAEA', 'International Atomic Energy Agency')).toBe(true);
    expect(acronymOf('PMF', 'Popular Mobilization Forces')).toBe(true);
    expect(acronymOf('DoD', 'Department of Defense')).toBe(true);
    expect(acronymOf('ISIL', 'Islamic State in Iraq and the Levant')).toBe(true);
    // A leading qualifier may stay out: "the Iraqi Joint Operations Command (JOC)".
    expect(acronymOf('JOC', 'Iraqi Joint Operations Command')).toBe(true);
  });

  it('reads clipped syllables in a one-capital acronym', () => {
    expect(acronymOf('Phivolcs', 'Philippine Institute of Volcanology and Seismology')).toBe(true);
    expect(acronymOf('Nato', 'North Atlantic Treaty Organization')).toBe(true);
  });

  it('refuses what does not abbreviate the name', () => {
    expect(acronymOf('IRGC', 'International Atomic Energy Agency')).toBe(false);
    // Initials do not pass over a content word; one word is no acronym.
    expect(acronymOf('IEA', 'International Atomic Energy Agency')).toBe(false);
    expect(acronymOf('Al', 'Algeria')).toBe(false);
    expect(acronymOf('pictured', 'Popular Mobilization Forces')).toBe(false);
    expect(acronymOf('R', 'Republican Party')).toBe(false);
  });

  it('makes the bracketed acronym and the later bare acronym one speaker', () => {
    const x = extractText(
      'The Philippine Institute of Volcanology and Seismology (Phivolcs) raised the alert to level 4 on Sunday. ' +
        'Phivolcs said a hazardous eruption was possible within hours. ' +
        'The International Atomic Energy Agency (IAEA) said Iran had breached the limits. The IAEA said inspectors would return.',
      '2020-01-13',
    );
    const speakers = x.claims.filter((c) => c.kind === 'attributed').map((c) => c.speaker?.name);
    expect(speakers).toEqual(['Philippine Institute of Volcanology and Seismology', 'International Atomic Energy Agency', 'International Atomic Energy Agency']);
    const iaea = x.sources.find((s) => s.name === 'International Atomic Energy Agency');
    expect(iaea?.aliases).toEqual(['IAEA']);
    expect(x.sources.find((s) => s.name === 'Phivolcs' || s.name === 'IAEA')).toBeUndefined();
  });

  it('gives no acronym to a person', () => {
    const x = extractText('Donald Trump (DT) said no deal was possible. DT said the talks were over.', '2020-01-13');
    expect(x.sources.find((s) => s.name === 'Donald Trump')?.aliases ?? []).not.toContain('DT');
    expect(x.claims.find((c) => c.text.includes('talks were over'))?.speaker?.name).not.toBe('Donald Trump');
  });

  it('states the alias for the linker too, clipped forms included', () => {
    const found = findAliasStatements('The Philippine Institute of Volcanology and Seismology (Phivolcs) raised the alert.', ['Philippine Institute of Volcanology and Seismology']);
    expect(found).toEqual([expect.objectContaining({ name: 'Philippine Institute of Volcanology and Seismology', alias: 'Phivolcs' })]);
  });
});
