import { inputError } from './inputError';
import { recordResult, type RecordResult } from './parseRecords';
import { newsXmlKind, newsXmlRecords } from './newsXml';
import { xmlRoot } from './xmlTree';

const WHAT_HOLDS_TEXT = {
  rss: 'no content:encoded or description',
  atom: 'no content or summary',
  nitf: 'no body.content',
  newsml: 'no inlineXML or inlineData',
} as const;

/**
 * XML: a news delivery (RSS or Atom feed, NITF story, NewsML-G2 item or package), each item
 * an article; an item without text is reported by its number and the others go on. XHTML
 * is left to the HTML reader (parseInput sends it there, see isXhtml); any other vocabulary is refused
 * with its root element's name.
 */
export function parseXml(text: string, file: string | null): RecordResult[] {
  const root = xmlRoot(text);
  if (root === null) throw inputError(file, 'malformed XML (no element in it)');
  const kind = newsXmlKind(root);
  if (kind === null) throw inputError(file, `XML of an unknown kind (<${root.name}>); expected an RSS or Atom feed, NITF or NewsML-G2`);
  const records = newsXmlRecords(root, kind);
  if (records.length === 0) throw inputError(file, `empty (a ${kind === 'rss' || kind === 'atom' ? 'feed' : 'delivery'} without items)`);
  return records.map((rec, i) => {
    const where = records.length > 1 ? { record: i + 1 } : {};
    if (rec.html === undefined && rec.text === undefined) return { index: i, error: inputError(file, `empty (${WHAT_HOLDS_TEXT[kind]})`, where) };
    return recordResult(rec, file, 'xml', i, where);
  });
}
