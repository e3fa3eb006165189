import { parseInput, parseInputDetailed } from '../../../src/extract/parseInput';
import { formatFromContent, formatFromFileName } from '../../../src/extract/parse/sniffFormat';

describe('format sniffing', () => {
  it.each([
    ['a.txt', 'text'], ['a.md', 'markdown'], ['a.markdown', 'markdown'], ['a.html', 'html'], ['a.HTM', 'html'],
    ['a.json', 'json'], ['a.jsonl', 'jsonl'], ['a.ndjson', 'jsonl'], ['clip.srt', 'text'], ['clip.VTT', 'text'], ['feed.xml', 'xml'], ['feed.rss', 'xml'], ['entry.atom', 'xml'], ['mail.eml', 'email'], ['page.mhtml', 'email'], ['page.mht', 'email'], ['dir.v2/noext', null], [null, null], ['a.csv', null],
  ])('extension of %s -> %s', (file, format) => {
    expect(formatFromFileName(file)).toBe(format);
  });

  it('names an unsupported file type', () => {
    expect(() => parseInput({ file: 'scan.pdf', content: '%PDF-1.4 text' })).toThrow(/scan\.pdf: unsupported file type \.pdf/);
  });

  it.each([
    ['{"text": "x"}', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['{\n  "text": "x"\n}', 'json'],
    ['[{"text": "x"}]', 'json'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['<p>Just a fragment</p>', 'html'],
    ['# Heading\n\nText', 'markdown'],
    ['---\nurl: x\n---\nSee [this](https://x.org).', 'markdown'],
    ['Plain words. [Updated] more words.', 'text'],
    ['---\nurl: x\n---\nPlain text.', 'text'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'xml'],
    ['<nitf><head></head></nitf>', 'xml'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>', 'html'],
    ['<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>', 'html'],
    ['From: a@b.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain\n\nBody.', 'email'],
    ['From: <Saved by Blink>\nSnapshot-Content-Location: https://x.org/\nContent-Type: multipart/related; boundary=b\n\n--b', 'email'],
    ['From: the desk\nTo: all readers\n\nNo MIME here, a text that opens like a memo.', 'text'],
  ])('content %p -> %s', (content, format) => {
    expect(formatFromContent(content)).toBe(format);
  });

  it('uses the sniffed format when the file has no extension, and a forced format over both', () => {
    expect(parseInput({ file: 'noext', content: '<html><body><p>Hello from a page with enough words.</p></body></html>' })[0]!.format).toBe('html');
    expect(parseInput({ file: 'a.txt', content: '<p>not parsed as html</p>', format: 'text' })[0]!.body).toBe('<p>not parsed as html</p>');
    expect(parseInput({ file: null, content: '{"text":"api text"}' })[0]!.format).toBe('json');
  });

  it('refuses an unknown forced format with BAD_INPUT', () => {
    const r = parseInputDetailed({ file: 'x', content: 'text', format: 'pdf' as never });
    expect(r.articles).toHaveLength(0);
    expect(r.errors[0]).toMatchObject({ code: 'BAD_INPUT' });
    expect(r.errors[0]!.message).toMatch(/unknown format "pdf"/);
  });
});
