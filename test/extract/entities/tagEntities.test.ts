import { tagEntities } from '../../../src/extract/entities/tagEntities';
import { EntityRegistry } from '../../../src/extract/entities/EntityRegistry';
import { nameKey } from '../../../src/extract/entities/nameKey';
import { genderOf } from '../../../src/extract/entities/gender';

const names = (text: string): string[] => tagEntities(text).filter((m) => m.type !== 'other').map((m) => m.name);
const mention = (text: string, name: string) => {
  const m = tagEntities(text).find((x) => x.name === name);
  if (!m) throw new Error(`${name} not found in ${text}: ${names(text).join(', ')}`);
  return m;
};

describe('tagEntities: gazetteer variants to one canonical name', () => {
  it.each([
    ['Kataib Hezbollah fighters gathered.', 'Kataib Hezbollah'],
    ['Kataeb Hezbollah fighters gathered.', 'Kataib Hezbollah'],
    ['Kata’ib Hezbollah fighters gathered.', 'Kataib Hezbollah'],
    ["Kata'ib Hizbollah fighters gathered.", 'Kataib Hezbollah'],
    ['The Hezbollah Brigades fighters gathered.', 'Kataib Hezbollah'],
    ['Attacks by KH continued.', 'Kataib Hezbollah'],
    ['The strike killed al-Muhandes at dawn.', 'Abu Mahdi al-Muhandis'],
    ['Jamal Jaafar Ibrahimi was born in Basra.', 'Abu Mahdi al-Muhandis'],
    ['Adil Abdul-Mahdi resigned.', 'Adel Abdul Mahdi'],
    ['Adel Abdel Mahdi resigned.', 'Adel Abdul Mahdi'],
    ['The AP reported it first.', 'Associated Press'],
    ['The Associated Press reported it first.', 'Associated Press'],
    ['The Pentagon said nothing.', 'US Department of Defense'],
    ['The Defense Department said nothing.', 'US Department of Defense'],
    ['The U.S. said nothing.', 'United States'],
    ['America said nothing.', 'United States'],
  ])('%s -> %s', (text, canonical) => {
    expect(names(text)).toContain(canonical);
  });

  it('matches acronyms only in capitals and not in shouted headings', () => {
    expect(names('Let us go to the US embassy.')).toEqual(['United States']);
    expect(names('NO GROUP HAS CLAIMED IT, SAYS US ARMY')).toEqual([]);
  });

  it('does not take an organisation alias out of a longer unknown name', () => {
    const ms = tagEntities('They met at the National Security Council on Monday.');
    expect(ms.map((m) => m.name)).toEqual(['National Security Council']);
    expect(ms[0]!.type).toBe('government');
  });

  it('types capitals that speak for a country', () => {
    expect(mention('Washington accused Tehran of lying.', 'Washington').actsAs).toBe('United States');
    expect(mention('Washington accused Tehran of lying.', 'Tehran').actsAs).toBe('Iran');
  });

  it('marks demonyms used as adjectives', () => {
    const iraqi = tagEntities('Iraqi farmers moved in.').find((m) => m.name === 'Iraq')!;
    expect(iraqi.adjective).toBe(true);
    const iraqis = tagEntities('The Iraqis said no.').find((m) => m.name === 'Iraq')!;
    expect(iraqis.adjective).toBe(false);
  });
});

describe('tagEntities: rules for names the gazetteer does not know', () => {
  it('reads a role before a known name', () => {
    expect(mention('US secretary of state Mike Pompeo spoke.', 'Mike Pompeo').role).toBe('US secretary of state');
    expect(mention('Iraqi Prime Minister Adel Abdul Mahdi spoke.', 'Adel Abdul Mahdi').role).toBe('Iraqi Prime Minister');
    expect(mention('Secretary of Defense Dr. Mark T. Esper spoke.', 'Mark Esper').role).toBe('Secretary of Defense');
  });

  it('finds an unknown person after a title, and reads the role', () => {
    const m = mention('City spokeswoman Leila Marsh confirmed it.', 'Leila Marsh');
    expect(m.type).toBe('person');
    expect(m.role).toBe('City spokeswoman');
    expect(mention("Bavaria's state health minister Karl Brenner said so.", 'Karl Brenner').role).toBe("Bavaria's state health minister");
  });

  it('finds a person in an appositive before or after the name', () => {
    const after = mention('Omar Haddad, a spokesman for the Red Cross, said so.', 'Omar Haddad');
    expect(after.type).toBe('person');
    expect(after.role).toBe('spokesman for the Red Cross');
    const before = mention("Kataib Hezbollah's commander, Abu Mahdi al-Muhandis, spoke.", 'Abu Mahdi al-Muhandis');
    expect(before.role).toBe("Kataib Hezbollah's commander");
    expect(mention('Nora Field, the embattled boss of the port authority, left.', 'Nora Field').type).toBe('person');
  });

  it('a US state after a name is where the person is from, not part of the name', () => {
    expect(mention('Sen. Jack Reed of Rhode Island spoke.', 'Jack Reed')).toMatchObject({ type: 'person', surface: 'Jack Reed' });
    expect(mention('Rep. Virginia Foxx spoke.', 'Virginia Foxx').type).toBe('person');
    expect(mention('A fire in northern California spread.', 'California').type).toBe('place');
  });

  it('drops middle initials and honorifics from rule names', () => {
    expect(names('Senator John Q. Rivers arrived.')).toContain('John Rivers');
  });

  it('types organisations by their head word', () => {
    expect(mention('The Ministry of Water Resources said so.', 'Ministry of Water Resources').type).toBe('government');
    expect(mention('The Harbour Workers Union said so.', 'Harbour Workers Union').type).toBe('organization');
  });

  it('names a body after a country’s possessive as that country’s, the gazetteer’s entry when it has one', () => {
    expect(mention('Kenya’s Interior Ministry said the convoy was attacked.', 'Kenyan Interior Ministry')).toMatchObject({ type: 'government', surface: 'Interior Ministry' });
    expect(mention("Iraq's National Security Council met on Sunday.", 'Iraqi National Security Council').via).toBe('gazetteer');
    // Not after a person's possessive, and a name that already carries the country stays as it is.
    expect(names("Mara Lind's Harbour Council met on Sunday.")).toContain('Harbour Council');
    expect(names('The Kenyan Interior Ministry said so.')).toContain('Kenyan Interior Ministry');
  });

  it('ignores sentence words and compounds such as Iran-backed', () => {
    expect(names('But Monday was quiet for the Iran-backed groups.')).toEqual(['Iran']);
  });
});

describe('EntityRegistry', () => {
  const resolveAll = (sentences: string[]) => {
    const reg = new EntityRegistry();
    let base = 0;
    const out: string[][] = [];
    for (const s of sentences) {
      out.push(tagEntities(s, base).map((m) => reg.resolve(m).name));
      base += s.length + 1;
    }
    return { out, reg };
  };

  it('resolves surnames and titled surnames to the full name named before', () => {
    const { out } = resolveAll(['Iraqi Prime Minister Adel Abdul Mahdi spoke.', 'Mr Mahdi said he would resign.', 'Abdul Mahdi left.']);
    expect(out[1]).toEqual(['Adel Abdul Mahdi']);
    expect(out[2]).toEqual(['Adel Abdul Mahdi']);
  });

  it('resolves a surname of a person the rules found', () => {
    const { out, reg } = resolveAll(['Press officer Leila Marsh arrived.', 'Later Marsh said the road was open.']);
    expect(out[1]).toEqual(['Leila Marsh']);
    expect(reg.entities().find((e) => e.name === 'Leila Marsh')!.aliases).toContain('Marsh');
  });

  it('never merges two people who share a surname; the surname goes to the last named', () => {
    const { out, reg } = resolveAll(['Governor Anna Cole met Senator Peter Cole.', 'Cole said the talks went well.']);
    expect(out[0]).toEqual(['Anna Cole', 'Peter Cole']);
    expect(out[1]).toEqual(['Peter Cole']);
    expect(reg.entities().map((e) => e.name)).toEqual(expect.arrayContaining(['Anna Cole', 'Peter Cole']));
  });
});

describe('nameKey', () => {
  it('folds case, diacritics, periods, apostrophes and hyphens', () => {
    expect(nameKey('Kata’ib Hezbollah')).toBe(nameKey('Kataib Hezbollah'));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Abdul-Mahdi')).toBe('abdul mahdi');
    expect(nameKey('Erdoğan')).toBe('erdogan');
  });
});

describe('gender from first names and roles', () => {
  it('reads the first name, then the role; a name used by both tells nothing', () => {
    expect(genderOf('Elizabeth Warren', null)).toBe('female');
    expect(genderOf('Qassem Soleimani', null)).toBe('male');
    expect(genderOf('Morgan Ortagus', 'State Department spokeswoman')).toBe('female');
    expect(genderOf('Halvorsen', 'top aide to the governor')).toBeNull();
    expect(genderOf('Kim Jong Un', null)).toBeNull();
  });
});

describe('a country that opens a body\'s name of several words', () => {
  it('is part of the name: "Ukraine International Airlines", "Libyan National Army", "Syrian Observatory for Human Rights"', () => {
    const ms = tagEntities('Ukraine International Airlines said. A spokesman for the Libyan National Army said. The Syrian Observatory for Human Rights said.');
    expect(ms.map((m) => m.surface)).toEqual(['Ukraine International Airlines', 'Libyan National Army', 'Syrian Observatory for Human Rights']);
  });

  it('not before a one-word name: "the Iraqi Army" stays Iraq\'s army', () => {
    expect(names('The Iraqi Army said.')).toEqual(['Iraqi military']);
  });
});

describe('a title of a country before a name', () => {
  it.each([
    ['Prime Minister of Canada Ruth Okafor opened the bridge.', 'Ruth Okafor', 'Prime Minister of Canada'],
    ['President of Chile Sam Ellis spoke on Monday.', 'Sam Ellis', 'President of Chile'],
    ['The Prime Minister of the United Kingdom Tom Reed spoke.', 'Tom Reed', 'Prime Minister of the United Kingdom'],
  ])('%s', (text, name, role) => {
    expect(mention(text, name)).toMatchObject({ type: 'person', role });
  });

  it('is no title of a country’s body, and a title with its portfolio names no one', () => {
    expect(tagEntities("The head of Chile's Emergency Medical Services said 12 had died.").find((m) => m.type === 'person')).toBeUndefined();
    expect(tagEntities('“We are ready,” the Head of State said.').filter((m) => m.type === 'person')).toEqual([]);
    expect(tagEntities('The Minister of Defence said so.').filter((m) => m.type === 'person')).toEqual([]);
  });
});
