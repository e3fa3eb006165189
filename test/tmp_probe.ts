import { detectEventMentions } from '../src/extract/events/detectEvents';
import { resolveDates } from '../src/extract/events/resolveDates';
const published='2020-01-11';
for (const s of [
`Iran's military acknowledged on Saturday that it had "unintentionally" shot down a Ukrainian passenger jet near Tehran, three days after the crash killed all 176 people on board, reversing days of denials.`,
`Ukraine International Airlines Flight PS752 took off from Imam Khomeini International Airport at 6:12 a.m. on Wednesday, bound for Kyiv, and crashed about six minutes later in a field near the town of Shahedshahr.`,
`The head of Iran's civil aviation organisation, Ali Abedzadeh, said on Friday that he was "certain" no missile had hit the aircraft.`]) {
console.log(JSON.stringify(resolveDates(s, published).map(d=>[d.text,d.date,d.dateEnd])));
console.log(JSON.stringify(detectEventMentions(s, { published, places: [], surfaces: [], dates: resolveDates(s, published), wildfireArticle: false } as any).map(m=>[m.label,m.trigger,m.date,m.sayingDate])));
}
