/**
 * The event and predicate words the ingest benchmark's corpus never rewords, frozen from the
 * extractor's vocabulary at 6361a7f (TRIGGER_RULES words and PREDICATE_FORMS keys).
 *
 * Frozen, not imported, so that two builds generate the same corpus and `bench:ingest` can
 * compare them: read live, every word a build added to its vocabulary changed which corpus
 * words were swapped, and two builds read different articles (55 against 80 copy keys each).
 */
export const FROZEN_EVENT_WORDS: ReadonlySet<string> = new Set(
  (
  'abduct abducted accident action aftershock aftershocks air aircraft airliner airstrike ' +
  'airstrikes ambush approach approached arrest arrested arresting arrests assassinated ' +
  'assassination assault attack attacked attacks attend attended ballistic besiege besieged ' +
  'besieges besieging blast blasts blazes blizzard blizzards bomb bombardment bombed bombing ' +
  'breached breaking broke broken brought brush burial buried burn burned burnt bus bush ' +
  'bushfire bushfires car careered ceremonies ceremony clashes coach collided collision crash ' +
  'crashed crashes crowd crush cyclone cyclones damage damaged dead death deaths demonstration ' +
  'demonstrations demonstrators deploy deployed deploying deployment deploys derailed ' +
  'derailment destroy destroyed detain detained detaining die died dies dispatch dispatched ' +
  'displace displaced down downed downing drone drones dying earthquake earthquakes emergency ' +
  'episode evacuate evacuated evacuating evacuation explosion explosions extraordinary fell ' +
  'fire fired fires firing flash fled flee fleeing flood flooding floods floodwaters forced ' +
  'forcing forest fought funeral funerals gather gathered gathering grass harmed head-on ' +
  'helicopter hit hospitalised hospitalized human hurricane hurricanes hurt ice impacted ' +
  'incident industrial injure injured injures injuries injuring injury into jet jets katyusha ' +
  'katyushas kidnap kidnapped kill killed killing killings kills laid landed launch launched ' +
  'launches launching lay lorry march marched marching martyr martyrdom martyred martyring ' +
  'minibus mishap missile missiles missing mob monsoon mortar mortars mourned mourners mourning ' +
  'non-binding nonbinding off ordered out over overran overturned perished plane planes plunged ' +
  'prayers procession processions protest protested protesters protesting protestors protests ' +
  'pushed quake quakes raid raids rain rains rally rampage reinforcements rescue rescued ' +
  'resolution road rocket rockets rolled send sending sends sent service session shelling shoot ' +
  'shot siege sit-in skidded slammed smashed smashing snowstorm snowstorms special stampede ' +
  'stampedes stationed storm stormed storming storms strike strikes struck suicide superstorm ' +
  'surround surrounded target targeted targeting the their to toppled torched tornado tornadoes ' +
  'tornados torrential traffic tragedy train tropical truck typhoon typhoons unrest veered ' +
  'violence vote voted votes walk walked walking walkout walkouts walks warplanes way wild ' +
  'wildfire wildfires winter wound wounded wounding wounds ' +
  ''
  )
    .trim()
    .split(' '),
);
