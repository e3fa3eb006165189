import { buildGazetteer, gazetteer } from '../../../src/extract/entities/gazetteer';
import { nameKey } from '../../../src/extract/entities/nameKey';

describe('gazetteer data (resources/gazetteer)', () => {
  const g = gazetteer();

  it('loads every entry with a known type', () => {
    expect(g.byName.size).toBeGreaterThan(200);
    for (const e of g.byName.values()) expect(['person', 'organization', 'government', 'news_agency', 'outlet', 'group', 'country', 'place', 'other']).toContain(e.type);
  });

  it('keeps national Red Crescent societies apart from the Red Cross, and knows Tasnim’s spelling of the IRGC', () => {
    const entry = (name: string): string | undefined => g.byKey.get(nameKey(name))?.find((h) => !h.demonym)?.entry.name;
    expect(entry('Iraqi Red Crescent')).toBe('Iraqi Red Crescent Society');
    expect(entry('Iranian Red Crescent')).toBe('Iranian Red Crescent Society');
    expect(entry('ICRC')).toBe('Red Cross');
    expect(entry('Islamic Revolution Guards Corps')).toBe('Islamic Revolutionary Guard Corps');
  });

  it('never gives one alias to two different entries (demonyms aside)', () => {
    const clashes: string[] = [];
    for (const [key, hits] of g.byKey) {
      const owners = new Set(hits.filter((h) => !h.demonym).map((h) => h.entry.name));
      if (owners.size > 1) clashes.push(`${key}: ${[...owners].join(' / ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('points capitals that speak for a country to an existing country', () => {
    for (const e of g.byName.values()) {
      if (e.actsAs) expect(g.byName.get(e.actsAs)?.type).toBe('country');
    }
  });

  it('refuses a place inside a place it has no entry for, and every bundled "within" names an entry', () => {
    expect(() => buildGazetteer([[{ name: 'Taji', type: 'place', aliases: [], within: 'Nowhere' }]])).toThrow(/Taji: within Nowhere/u);
    for (const e of g.byName.values()) if (e.within) expect(g.byName.has(e.within)).toBe(true);
  });

  it('refuses an entry with an unknown type', () => {
    expect(() => buildGazetteer([[{ name: 'X', type: 'planet', aliases: [] }]])).toThrow(/unknown type planet/u);
  });

  it('indexes aliases without a leading lower-case "the"', () => {
    expect(g.byKey.get(nameKey('Pentagon'))?.[0]?.entry.name).toBe('US Department of Defense');
  });
});
