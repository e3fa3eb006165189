/**
 * The event vocabulary (data): which words name a happening and what label it gets.
 * Extend by adding rules; multi-word triggers are matched before single words.
 *
 * `family` says which labels may be one happening: a generic word ("the attack", "the
 * incident", "Tuesday's protest") joins an event of its family in the same article
 * (`*` joins any). `generic` labels give way to a specific one when they merge.
 */

export interface EventLabelInfo {
  family: string;
  generic: boolean;
  /** Other families a generic word may join: "the bombing" after "a truck bomb exploded" is that bombing. */
  alsoJoins?: readonly string[];
}

export const EVENT_LABELS: Readonly<Record<string, EventLabelInfo>> = {
  'air strikes': { family: 'strikes', generic: false },
  bombing: { family: 'strikes', generic: true, alsoJoins: ['car bombing'] },
  'rocket attack': { family: 'rocket attack', generic: false },
  'missile strike': { family: 'missile strike', generic: false },
  'embassy attack': { family: 'unrest', generic: false },
  'consulate attack': { family: 'unrest', generic: false },
  protest: { family: 'unrest', generic: true },
  siege: { family: 'unrest', generic: true },
  funerals: { family: 'funerals', generic: false },
  deployment: { family: 'deployment', generic: false },
  // "the death toll", "the killing": the harm done by whatever happening the article is about.
  killing: { family: '*', generic: true },
  attack: { family: '*', generic: true },
  incident: { family: '*', generic: true },
  'car bombing': { family: 'car bombing', generic: false },
  'plane crash': { family: 'plane crash', generic: false },
  // "Iran shot down a US drone", "two drones were downed near the base": no plane crash.
  'drone downing': { family: 'drone downing', generic: false },
  wildfire: { family: 'wildfire', generic: false },
  flood: { family: 'flood', generic: false },
  earthquake: { family: 'earthquake', generic: false },
  eruption: { family: 'eruption', generic: false },
  stampede: { family: 'stampede', generic: false },
  vote: { family: 'vote', generic: false },
  // "An explosion at a chemical plant": no bomb is named. In an article on a car bomb, "the blast" is that
  // bombing; after an air strike or a rocket attack, that strike ("the blast shook the neighbourhood").
  explosion: { family: 'explosion', generic: true, alsoJoins: ['car bombing', 'strikes', 'rocket attack', 'missile strike'] },
  storm: { family: 'storm', generic: false },
  'road crash': { family: 'road crash', generic: false },
  // Workers' strikes: "a 72-hour strike by junior doctors" is no air strike.
  'labour strike': { family: 'labour strike', generic: false },
};

export interface TriggerRule {
  /** Lower-case token sequence ("air", "strikes"); one alternative per rule. */
  words: readonly string[];
  label: string;
  /** A finite verb ("attacked", "stormed") heads its clause more often than a noun does. */
  verb: boolean;
}

const rules: TriggerRule[] = [];
function add(label: string, verb: boolean, ...phrases: string[]): void {
  for (const p of phrases) rules.push({ words: p.split(' '), label, verb });
}

/** Verbs of a march: a protest when a crowd is named before them (not mourners': detectEvents), the strike's own in an article on a labour strike. */
export const MARCH_VERBS: readonly string[] = ['marched', 'rallied'];

add('air strikes', false, 'air strikes', 'air strike', 'airstrikes', 'airstrike', 'air raids', 'air raid', 'strikes', 'strike',
  'drone strike', 'drone strikes', 'drone attack', 'drone attacks', 'bombing raids', 'bombing raid', 'bombardment', 'shelling');
// "U.S. F-15E jets struck five facilities": the aircraft make "struck" an air strike ("a rocket struck" stays a rocket attack).
add('air strikes', true, 'jets targeted', 'warplanes targeted', 'jets struck', 'warplanes struck', 'aircraft struck', 'planes struck', 'drones struck', 'drone struck', 'jets bombed', 'warplanes bombed',
  'jets strike', 'warplanes strike', 'aircraft strike', 'planes strike', 'drones strike', 'jets bomb', 'warplanes bomb',
  'drone destroyed', 'drone hit', 'drone killed', 'drones killed', 'drone targeted', 'drones targeted');
// Only with military sites after it (TRIGGER_COMPANIONS): "the US struck three Kataib Hezbollah sites", not "a rocket struck the base" (detectEvents).
add('air strikes', true, 'struck');
add('bombing', true, 'bombed', 'bombing');
add('rocket attack', false, 'rocket attack', 'rocket attacks', 'rocket strike', 'rocket strikes', 'rocket fire', 'rockets', 'rocket', 'katyusha rockets', 'katyushas', 'mortar attack', 'mortar fire', 'mortars');
add('missile strike', false, 'missile strike', 'missile strikes', 'missile attack', 'missile attacks', 'ballistic missiles', 'missiles', 'missile');
add('car bombing', false, 'car bomb', 'car bombing', 'truck bomb', 'truck bombing', 'suicide bombing', 'bomb explosion', 'bomb blast');
add('explosion', false, 'blast', 'blasts', 'explosion', 'explosions');
// A storm by its kind ("Cyclone Remal", "Hurricane Milton", "a tropical storm"); not the bare "storm" (protesters storm buildings).
add('storm', false, 'cyclone', 'cyclones', 'hurricane', 'hurricanes', 'typhoon', 'typhoons', 'tropical storm', 'tropical storms', 'winter storm', 'tornado', 'tornadoes', 'tornados', 'superstorm', 'blizzard', 'blizzards', 'snowstorm', 'snowstorms', 'ice storm', 'ice storms');
add('road crash', false, 'bus crash', 'bus accident', 'coach crash', 'minibus crash', 'car crash', 'truck crash', 'lorry crash', 'road accident', 'road crash',
  'traffic accident', 'train crash', 'train collision', 'head-on collision', 'derailment');
add('road crash', true, 'bus plunged', 'bus overturned', 'bus crashed', 'bus collided', 'train derailed', 'train collided');
// Only with a vehicle named close before (VEHICLES): "a bus carrying pilgrims plunged into a gorge", not "stocks plunged".
add('road crash', true, 'plunged', 'overturned', 'veered', 'careered', 'derailed', 'skidded', 'fell into', 'fell off', 'rolled over', 'toppled');
// Only with workers or their grievance near (LABOUR): "junior doctors will walk out", not "walked out of the talks".
add('labour strike', true, 'walk out', 'walked out', 'walking out', 'walks out');
add('labour strike', false, 'walkout', 'walkouts', 'industrial action', 'strike action');
add('funerals', false, 'funerals', 'funeral', 'mourners', 'funeral procession', 'funeral processions', 'funeral service', 'funeral prayers', 'burial', 'mourning ceremony', 'mourning ceremonies');
// ("took to the streets of Baghdad on Saturday to mourn Soleimani": a day of mourning is the funeral's.)
add('funerals', true, 'buried', 'mourned', 'mourn');
add('deployment', false, 'deployment', 'reinforcements');
add('deployment', true, 'deployed', 'deploying', 'deploy', 'deploys', 'dispatched');
// Only with troops near: "sending about 750 more troops", "Marines were sent to the embassy" (not "sent a message").
add('deployment', true, 'sending', 'send', 'sends', 'sent');
// "3,500 paratroopers … have been ordered to the Middle East" (troops near again; not "ordered to leave").
add('deployment', true, 'ordered to the');
add('protest', false, 'protest', 'protests', 'protesters', 'protestors', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'mob');
// Only with a crowd named before (MARCHERS): "thousands marched against the strikes", not "troops marched" nor mourners behind a coffin.
add('protest', true, ...MARCH_VERBS);
add('siege', false, 'siege', 'sit-in');
add('siege', true, 'besieged', 'besieging', 'besiege', 'besieges', 'laid siege', 'lay siege');
add('attack', false, 'attack', 'attacks', 'assault', 'storming', 'rampage', 'raid', 'raids', 'ambush', 'stabbing', 'stabbings', 'knife attack', 'stabbing attack');
add('attack', true, 'attacked', 'stormed', 'storm', 'breached', 'broke into', 'broken into', 'breaking into', 'broke down', 'overran', 'torched',
  'smashed their way into', 'forced their way into', 'fought their way into', 'pushed their way into', 'smashing their way into', 'forcing their way into');
add('killing', false, 'killing', 'killings', 'assassination', 'death', 'deaths');
add('killing', true, 'assassinated');
add('incident', false, 'incident', 'episode', 'violence', 'unrest', 'clashes', 'accident', 'mishap', 'tragedy');
// Only with an aircraft named or take-off: waves and protesters crash too.
add('plane crash', false, 'plane crash', 'air crash', 'downing', 'airliner crash', 'airliner crashes', 'helicopter crash', 'jet crash');
add('plane crash', true, 'shot down', 'plane crashed', 'airliner crashed', 'jet crashed', 'aircraft crashed', 'helicopter crashed', 'airliner crashes',
  'crashed', 'crashes', 'brought down', 'downed');
add('wildfire', false, 'bushfires', 'bushfire', 'wildfires', 'wildfire', 'blazes', 'forest fire', 'forest fires', 'brush fire', 'brush fires', 'bush fire', 'bush fires', 'grass fire', 'grass fires', 'wild fire');
add('stampede', false, 'stampede', 'stampedes', 'crowd crush', 'human crush', 'crush');
// Not the singular "flood" ("a flood of refugees") nor "flooded" ("protesters flooded the streets").
add('flood', false, 'floods', 'flooding', 'flash floods', 'flash flood', 'flash flooding', 'floodwaters', 'monsoon rains', 'torrential rains', 'torrential rain');
add('earthquake', false, 'earthquake', 'earthquakes', 'quake', 'quakes', 'aftershock', 'aftershocks');
add('eruption', false, 'eruption', 'eruptions', 'volcanic eruption', 'phreatic eruption', 'eruption column', 'ashfall', 'lava flow', 'lava flows');
// Not "erupted": violence, protests and stampedes erupt too.
add('eruption', true, 'spewed ash', 'spews ash', 'spewing ash');
// Only with a legislature named close before (see LEGISLATURE): "Iraq's parliament voted Sunday to expel US troops".
add('vote', true, 'voted', 'votes');
add('vote', false, 'vote', 'resolution', 'non-binding resolution', 'nonbinding resolution');
// "The resolution, approved during an extraordinary session on Sunday": the sitting that held the vote.
add('vote', false, 'extraordinary session', 'emergency session', 'special session');

/** Longest first, so that "rocket attack" wins over "attack" and "air strikes" over "strikes". */
export const TRIGGER_RULES: readonly TriggerRule[] = rules.sort((a, b) => b.words.length - a.words.length);

/**
 * Targets that turn a generic attack or protest into a specific event when the sentence
 * names them ("protesters attacked the US embassy" -> "embassy attack"). A sentence that
 * names the target without any trigger ("set up tents outside the embassy") is about that
 * event when the article has one.
 */
export const TARGET_LABELS: Readonly<Record<string, string>> = {
  embassy: 'embassy attack',
  embassies: 'embassy attack',
  consulate: 'consulate attack',
};

/**
 * Words that only point at an event the article already has: "inside the compound" is the
 * embassy attack in an article about one, but does not make "attack" an embassy attack.
 */
export const WEAK_TARGET_LABELS: Readonly<Record<string, string>> = {
  ...TARGET_LABELS,
  compound: 'embassy attack',
};

/** Labels a target may turn into its specific label. */
export const TARGETABLE = new Set(['attack', 'protest', 'siege', 'incident']);

/**
 * Triggers that count only with one of these words close by: within `before` words before
 * the trigger, or `after` words after it. An aircraft "crashed" (waves and protesters do too);
 * troops are "sent" ("sending about 750 more troops", "Marines were sent"; not "sent a message").
 */
export interface TriggerCompanions {
  words: readonly string[];
  before: number;
  after: number;
}
/** Words naming an aircraft: what "crashed" needs near it, and what a missile "hit" to make a plane crash. */
export const AIRCRAFT_NAMES: readonly string[] = ['plane', 'airliner', 'jet', 'jetliner', 'aircraft', 'helicopter', 'flight', 'boeing', 'airbus', 'fokker', 'airplane'];
// A drone or a passenger "crashed" too; a missile that "hit the drone" is no airliner down.
const AIRCRAFT: TriggerCompanions = { words: [...AIRCRAFT_NAMES, 'drone', 'drones', 'passenger'], before: 8, after: 0 };
const TROOPS: TriggerCompanions = { words: ['troops', 'troop', 'soldiers', 'marines', 'forces', 'paratroopers', 'reinforcements', 'battalion', 'brigade', 'warships', 'personnel', 'servicemen'], before: 6, after: 6 };
/** "Iraq's parliament voted …", "lawmakers passed a non-binding resolution": a vote is a happening only in a legislature. */
const LEGISLATURE: TriggerCompanions = { words: ['parliament', "parliament's", 'parliamentary', 'lawmakers', 'mps', 'legislators', 'legislature', 'senate', 'assembly', 'majlis', 'deputies', 'senators', 'chamber'], before: 8, after: 0 };
/** "Iran downed the airliner", "the plane was brought down by a missile". */
const AIRCRAFT_AROUND: TriggerCompanions = { ...AIRCRAFT, after: 4 };
/**
 * A flood or an earthquake is a happening where the text counts its harm or its place:
 * "the death toll from flash floods", "Floods in early 2007 killed 57", not "climate change
 * brings droughts, storms and floods" or "a political earthquake".
 */
const DISASTER_HARM: TriggerCompanions = {
  words: ['killed', 'kill', 'kills', 'killing', 'dead', 'death', 'deaths', 'toll', 'died', 'drowned', 'displaced', 'evacuated', 'victims', 'missing', 'injured',
    'homes', 'residents', 'inundated', 'submerged', 'swept', 'stranded', 'rescue', 'rescuers', 'destroyed', 'damaged', 'hit', 'struck', 'magnitude', 'epicentre',
    'epicenter', 'rubble', 'collapsed', 'flee', 'fled', 'shelters', 'peak'],
  before: 8,
  after: 8,
};
const CROWD: TriggerCompanions = {
  words: ['crowd', 'crowds', 'mourners', 'pilgrims', 'fans', 'people', 'procession', 'funeral', 'burial', 'trampled', 'surged', 'killed', 'died', 'dead', 'injured', 'toll', 'stampede'],
  before: 10,
  after: 10,
};
/** Who marches in protest: a crowd or its members (mourners march in a funeral, troops on a mission). */
const MARCHERS: TriggerCompanions = {
  words: ['thousands', 'hundreds', 'dozens', 'protesters', 'protestors', 'demonstrators', 'people', 'supporters', 'crowd', 'crowds', 'members', 'men', 'women',
    'students', 'activists', 'marchers', 'militiamen', 'iraqis', 'iranians', 'residents'],
  before: 10,
  after: 0,
};
const VEHICLES: TriggerCompanions = { words: ['bus', 'coach', 'minibus', 'truck', 'lorry', 'car', 'van', 'vehicle', 'train', 'tanker', 'tractor'], before: 8, after: 0 };
const LABOUR: TriggerCompanions = {
  words: ['doctors', 'nurses', 'workers', 'staff', 'teachers', 'employees', 'union', 'unions', 'strike', 'pay', 'wages', 'drivers', 'miners', 'lecturers'],
  before: 6,
  after: 6,
};
export const TRIGGER_COMPANIONS: Readonly<Record<string, TriggerCompanions>> = {
  plunged: VEHICLES,
  overturned: VEHICLES,
  veered: VEHICLES,
  careered: VEHICLES,
  derailed: VEHICLES,
  skidded: VEHICLES,
  fell: VEHICLES,
  rolled: VEHICLES,
  toppled: VEHICLES,
  walk: LABOUR,
  walked: LABOUR,
  walking: LABOUR,
  walks: LABOUR,
  floods: DISASTER_HARM,
  flooding: DISASTER_HARM,
  flash: DISASTER_HARM,
  floodwaters: DISASTER_HARM,
  monsoon: DISASTER_HARM,
  torrential: DISASTER_HARM,
  earthquake: DISASTER_HARM,
  earthquakes: DISASTER_HARM,
  quake: DISASTER_HARM,
  quakes: DISASTER_HARM,
  aftershock: DISASTER_HARM,
  aftershocks: DISASTER_HARM,
  // "Flight PS752 took off from Imam Khomeini International Airport at 6:12 a.m. on Wednesday, bound
  // for Kyiv, and crashed": the flight is named a clause back (a car or bus nearer still wins: detectEvents).
  crashed: { ...AIRCRAFT, words: [...AIRCRAFT.words, 'airlines', 'airways'], before: 24 },
  crashes: AIRCRAFT,
  ...Object.fromEntries(MARCH_VERBS.map((v) => [v, MARCHERS])),
  // "The crush in Kerman forced authorities to postpone the burial": a crush of people, not "crush the protests" or "a crush on".
  crush: CROWD,
  downed: AIRCRAFT_AROUND,
  brought: AIRCRAFT_AROUND,
  voted: LEGISLATURE,
  votes: LEGISLATURE,
  vote: LEGISLATURE,
  resolution: LEGISLATURE,
  'non-binding': LEGISLATURE,
  nonbinding: LEGISLATURE,
  sending: TROOPS,
  send: TROOPS,
  sends: TROOPS,
  sent: TROOPS,
  ordered: { ...TROOPS, before: 14 },
  struck: { words: ['sites', 'facilities', 'targets', 'positions', 'depots', 'camps', 'installations', 'strongholds', 'hideouts'], before: 0, after: 6 },
};

/**
 * Words of a match report. In a sentence with one of them, a bare "strike", "blast" or
 * "attack" is play ("a low strike from the edge of the area", "a blast in the 71st minute",
 * "Leicester's attack was shut out"), not a happening; "air strike" and "car bomb" still count.
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set([
  'goal', 'goals', 'scored', 'scoring', 'scorer', 'equaliser', 'equalizer', 'penalty', 'penalties', 'header', 'hat-trick',
  'striker', 'strikers', 'goalkeeper', 'keeper', 'midfielder', 'defender', 'free-kick', 'half-time', 'halftime', 'kick-off',
  'wicket', 'wickets', 'innings', 'touchdown', 'quarterback', 'midfield', 'crossbar', 'games', 'league', 'fixture',
  'fixtures',
]);
/** The one-word triggers that a match report uses for play. */
export const SPORT_SENSE_TRIGGERS: ReadonlySet<string> = new Set([
  'strike', 'strikes', 'blast', 'explosion', 'attack', 'attacks', 'assault', 'raid', 'rampage', 'storm', 'stormed', 'rally', 'ambush',
]);

/**
 * A market's move: a sentence with one of MARKET_NOUNS and one of MARKET_MOVES ("Oil prices
 * jumped 4% on the news", "Asian stock markets fell", "The rial slid to a record low") and no
 * trigger of its own reports the reaction, not the happening the text was on.
 */
export const MARKET_NOUNS: ReadonlySet<string> = new Set([
  'price', 'prices', 'crude', 'brent', 'stocks', 'shares', 'equities', 'dow', 'nasdaq', 'ftse', 'nikkei', 'dax', 'futures', 'gold',
  'yields', 'dollar', 'euro', 'yen', 'rial', 'dinar', 'lira', 'rupee', 'currency', 'currencies', 'market', 'markets', 'investors',
  'traders', 'index', 'indexes', 'indices', 'bonds', 'treasuries', 'bitcoin',
]);
export const MARKET_MOVES: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'jumped', 'jumps', 'dropped', 'drops', 'climbed', 'climbs', 'slid',
  'slides', 'surged', 'surges', 'tumbled', 'tumbles', 'gained', 'gains', 'rallied', 'rallies', 'slumped', 'slumps', 'spiked', 'spikes',
  'soared', 'soars', 'plunged', 'plunges', 'edged', 'dipped', 'dips', 'sank', 'sinks', 'steadied', 'retreated', 'rebounded', 'sold-off',
]);

/** Words right before a trigger that make it something else ("hunger strike", "strike price"). */
export const TRIGGER_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  // … and a shot at goal: "a low strike from the edge of the area", "a curling strike".
  // (General, rail, teachers' and workers' strikes are labour strikes: detectEvents' labourStrike sees them first.)
  strike: ['hunger', 'first', 'lucky', 'low', 'long-range', 'curling', 'fierce', 'stunning', 'superb', 'deflected', 'first-time'],
  strikes: ['hunger'],
  attack: ['heart', 'panic', 'asthma', 'under'],
  attacks: ['heart', 'panic', 'asthma'],
  storm: ['perfect', 'tropical', 'winter', 'snow', 'political', 'media'],
  rally: ['market', 'stock', 'share'],
  explosion: ['population', 'data'],
};

/**
 * Words that put a following trigger in a subordinate phrase: the sentence is not about
 * that happening but about what came of it ("approached the embassy after American air
 * strikes", "angered by recent deadly US air strikes"). "when" is left out on purpose: in
 * "25 fighters died when the US bombed bases" the bombing is the news.
 */
export const SUBORDINATORS: ReadonlyArray<readonly string[]> = [
  ['after'], ['following'], ['amid'], ['over'], ['since'], ['before'], ['angered', 'by'], ['angry', 'at'],
  ['angry', 'about'], ['angry', 'over'], ['anger', 'over'], ['enraged', 'by'], ['in', 'protest', 'at'], ['in', 'protest', 'against'],
  ['in', 'response', 'to'], ['in', 'retaliation', 'for'], ['retaliation', 'over'], ['retaliation', 'for'], ['retaliating', 'for'],
  ['in', 'revenge', 'for'], ['to', 'protest', 'against'], ['condemn'],
  // "its response to Soleimani's killing had started", "revenge for the killing": the cause, named in passing.
  ['response', 'to'], ['revenge', 'for'],
  // "the founder of Kataib Hezbollah, the militia the U.S. blamed for last week's rocket attack": whose deed, told in passing.
  ['blamed', 'for'], ['blames', 'for'], ['blaming', 'for'], ['responsible', 'for'],
];

/** "X took place after Y": the sentence reports Y, X being already known. */
export const SEQUENCE_CUES: ReadonlyArray<readonly string[]> = [
  ['took', 'place', 'after'], ['came', 'after'], ['comes', 'after'], ['happened', 'after'], ['followed'], ['follows'],
  ['was', 'preceded', 'by'],
];

/** Capital cities, for "the capital" and "the Iraqi capital" (country -> capital). */
export const CAPITALS: Readonly<Record<string, string>> = {
  Iraq: 'Baghdad', Iran: 'Tehran', Syria: 'Damascus', Lebanon: 'Beirut', Israel: 'Jerusalem', Jordan: 'Amman',
  'Saudi Arabia': 'Riyadh', Yemen: 'Sanaa', Egypt: 'Cairo', Turkey: 'Ankara', Afghanistan: 'Kabul', Pakistan: 'Islamabad',
  Somalia: 'Mogadishu', Kenya: 'Nairobi', Nigeria: 'Abuja', Libya: 'Tripoli', Japan: 'Tokyo', China: 'Beijing',
  Russia: 'Moscow', Ukraine: 'Kyiv', France: 'Paris', Germany: 'Berlin', 'United Kingdom': 'London', 'United States': 'Washington',
  Australia: 'Canberra', Qatar: 'Doha', Kuwait: 'Kuwait City', 'United Arab Emirates': 'Abu Dhabi', Oman: 'Muscat',
  Bahrain: 'Manama', India: 'New Delhi', 'South Korea': 'Seoul', 'North Korea': 'Pyongyang', Sudan: 'Khartoum',
  Ethiopia: 'Addis Ababa', Mali: 'Bamako', Venezuela: 'Caracas', Mexico: 'Mexico City', Canada: 'Ottawa',
};

/** Words for a run of happenings: "a sequence that began on Dec. 28" dates the run, not the quake in it. */
export const SERIES_WORDS: ReadonlySet<string> = new Set(['sequence', 'series', 'string', 'spate', 'wave', 'run', 'chain', 'cycle', 'swarm', 'campaign']);
