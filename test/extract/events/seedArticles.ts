/**
 * The two sample articles (examples/), split into sentences, with the gold events of
 * ../shared/gold/seeds.gold.json copied as literals so the tests run without ../shared.
 */
export const GOLD_EVENTS: Record<string, { date: string; place: string }> = {
  'embassy-attack': { date: '2019-12-31', place: 'Baghdad' },
  'us-airstrikes': { date: '2019-12-29', place: 'Iraq' },
  'k1-rocket-attack': { date: '2019-12-27', place: 'Kirkuk' },
  funerals: { date: '2019-12-31', place: 'Baghdad' },
};

export interface SeedArticle {
  published: string;
  sentences: string[];
  /** Gold claims with an event: anchor text and gold event id. */
  claims: Array<{ anchor: string; event: string }>;
}

export const PA: SeedArticle = {
  published: '2019-12-31',
  sentences: [
    'Dozens of Iraqi Shia militia supporters have broken into the US embassy compound in Baghdad after smashing a door and storming inside amid tear gas and gunfire.',
    'An Associated Press reporter at the scene saw flames rising from inside the compound and at least three US soldiers on the roof of the embassy.',
    'It is not clear what caused a fire at the reception area near the car park of the compound.',
    'Hundreds of people had approached the embassy after American air strikes killed 25 fighters from an Iranian-backed Shia militia.',
    'The US military carried out the strikes on Sunday against the Iranian-backed Kataeb Hezbollah militia, an act of retaliation over last week’s killing of an American contractor in a rocket attack on an Iraqi military base which was blamed on the group.',
    'Protesters burn representations of a US flag',
    'Shouting “Down, Down, USA” the crowd had earlier raised yellow militia flags and taunted the embassy’s security staff who remained behind the windows in the gates’ reception area.',
    'They sprayed graffiti on the wall and windows in red in support of the Kataeb Hezbollah militia.',
    'Hundreds of angry protesters, some in militia uniforms, set up tents outside the embassy.',
    'As tempers rose, the mob set fire to three trailers used by security guards along the embassy wall.',
    'Tuesday’s incident took place after mourners and supporters held funerals for the militia fighters killed in a Baghdad neighbourhood, after which they marched to the heavily fortified Green Zone and kept walking until they reached the sprawling US Embassy there.',
    'US secretary of state Mike Pompeo said Sunday’s strikes sent the message that the US will not tolerate actions by Iran that jeopardise American lives.',
  ],
  claims: [
    { anchor: 'have broken into the US embassy compound', event: 'embassy-attack' },
    { anchor: 'saw flames rising from inside the compound', event: 'embassy-attack' },
    { anchor: 'at least three US soldiers on the roof', event: 'embassy-attack' },
    { anchor: 'It is not clear what caused a fire', event: 'embassy-attack' },
    { anchor: 'Hundreds of people had approached the embassy', event: 'embassy-attack' },
    { anchor: 'killed 25 fighters', event: 'us-airstrikes' },
    { anchor: 'carried out the strikes on Sunday', event: 'us-airstrikes' },
    { anchor: 'killing of an American contractor in a rocket attack', event: 'k1-rocket-attack' },
    { anchor: 'Protesters burn representations of a US flag', event: 'embassy-attack' },
    { anchor: 'Down, Down, USA', event: 'embassy-attack' },
    { anchor: 'sprayed graffiti on the wall', event: 'embassy-attack' },
    { anchor: 'set up tents outside the embassy', event: 'embassy-attack' },
    { anchor: 'set fire to three trailers', event: 'embassy-attack' },
    { anchor: 'held funerals for the militia fighters', event: 'funerals' },
    { anchor: 'will not tolerate actions by Iran', event: 'us-airstrikes' },
  ],
};

export const BBC: SeedArticle = {
  published: '2019-12-31',
  sentences: [
    'Protesters angered by recent deadly US air strikes targeting an Iran-backed Iraqi militia have attacked the US embassy compound in Baghdad.',
    "US troops fired tear gas to disperse a crowd that breached the outer wall of the compound, which is in the capital's heavily fortified Green Zone.",
    'One of the guard towers was also apparently set alight.',
    'At least 25 fighters died when the US bombed bases associated with Kataib Hezbollah in Iraq and Syria on Sunday.',
    'The US blamed the militia for a rocket attack on an Iraqi military base in Kirkuk on Friday that killed an American civilian contractor.',
    "Iraqi Prime Minister Adel Abdul Mahdi said the air strikes had violated his country's sovereignty and would force it to review its relations with the US.",
    'Kataib Hezbollah\'s commander, Abu Mahdi al-Muhandis, warned that the militia\'s response "would be very tough on the American forces in Iraq".',
    'Iran described the attacks as a "clear example of terrorism".',
    "Tuesday's protest took place after funerals were held in the capital for militia fighters who were killed in the US strikes.",
    'Thousands of mourners - including several senior Iran-backed paramilitary and militia leaders - marched towards the Green Zone, where many Iraqi government offices and foreign embassies are located.',
    'They were allowed by Iraqi security forces to enter the zone and gather on a street outside the US embassy compound.',
    'Waving Kataib Hezbollah and other militia flags, and chanting anti-American slogans, the protesters threw stones at the compound\'s main gate, pulled down security cameras, attacked empty guard posts, and started several fires.',
    "The situation then escalated when the compound's wall was breached.",
    'The Associated Press reported that a gate at a side-entrance to the compound was smashed open and that hundreds of people pushed about 5m (16ft) into a corridor leading to the main embassy building before being forced to retreat by tear gas fired by US troops.',
    'It was not clear whether there were any staff inside the embassy at the time.',
    'There was an unconfirmed report that the ambassador had been evacuated.',
  ],
  claims: [
    { anchor: 'have attacked the US embassy compound in Baghdad', event: 'embassy-attack' },
    { anchor: 'US troops fired tear gas to disperse a crowd', event: 'embassy-attack' },
    { anchor: 'guard towers was also apparently set alight', event: 'embassy-attack' },
    { anchor: 'At least 25 fighters died', event: 'us-airstrikes' },
    { anchor: 'The US blamed the militia for a rocket attack', event: 'k1-rocket-attack' },
    { anchor: "violated his country's sovereignty", event: 'us-airstrikes' },
    { anchor: 'clear example of terrorism', event: 'us-airstrikes' },
    { anchor: 'funerals were held in the capital', event: 'funerals' },
    { anchor: 'Thousands of mourners', event: 'funerals' },
    { anchor: 'allowed by Iraqi security forces to enter the zone', event: 'embassy-attack' },
    { anchor: "threw stones at the compound's main gate", event: 'embassy-attack' },
    { anchor: "the compound's wall was breached", event: 'embassy-attack' },
    { anchor: 'a gate at a side-entrance to the compound was smashed open', event: 'embassy-attack' },
    { anchor: 'It was not clear whether there were any staff', event: 'embassy-attack' },
    { anchor: 'the ambassador had been evacuated', event: 'embassy-attack' },
  ],
};

/** A stand-in for the entity tagger: the places of these articles, as canonical names. */
const PLACES = ['Baghdad', 'Iraq', 'Syria', 'Kirkuk', 'Iran', 'Green Zone'];
const PARTICIPANTS = ['Kataib Hezbollah', 'Kataeb Hezbollah', 'United States', 'Mike Pompeo', 'Iran'];

export function contexts(article: SeedArticle): Array<{ text: string; places: string[]; participants: string[] }> {
  return article.sentences.map((text) => ({
    text,
    places: PLACES.filter((p) => new RegExp(`\\b${p}\\b`).test(text)),
    participants: PARTICIPANTS.filter((p) => text.includes(p)),
  }));
}
