/**
 * MIME as mail clients and browsers save it (an .eml message, an .mhtml single-file page):
 * headers unfolded, RFC 2047 words in them decoded, multipart bodies split on their
 * boundaries, and each part's quoted-printable or base64 transfer encoding and charset
 * undone. Linear in the message's size; nesting is bounded.
 */
export interface MimeHeaders {
  /** Lower-cased header name -> its first value, unfolded and decoded. */
  get(name: string): string | null;
}

export interface MimePart {
  headers: MimeHeaders;
  /** Media type, lower-cased ("text/html"); "text/plain" when the part names none. */
  type: string;
  /** The part's content as text, transfer encoding and charset undone ('' when its base64 is malformed). */
  text: string;
  /** A text part whose base64 is not base64: its bytes would be noise, so it has no text. */
  malformed?: true;
}

/** Multiparts nested deeper than this are not opened (real mail nests three or four). */
const MAX_NESTING = 12;

function headerBlock(text: string): { headers: MimeHeaders; body: string } {
  const m = /\r?\n\r?\n/u.exec(text);
  const head = m === null ? text : text.slice(0, m.index);
  const body = m === null ? '' : text.slice(m.index + m[0].length);
  const map = new Map<string, string>();
  let name: string | null = null;
  let value = '';
  const flush = (): void => {
    if (name !== null && !map.has(name)) map.set(name, decodeWords(value.trim()));
  };
  for (const line of head.split(/\r?\n/u)) {
    if (/^[ \t]/u.test(line) && name !== null) {
      value += ' ' + line.trim();
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : null;
    value = colon > 0 ? line.slice(colon + 1) : '';
  }
  flush();
  return { headers: { get: (n) => map.get(n.toLowerCase()) ?? null }, body };
}

/** A header value's parameter ("boundary", "charset"), quoted or not. */
export function headerParam(value: string | null, param: string): string | null {
  if (value === null) return null;
  const re = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function bytesToText(bytes: Uint8Array, charset: string | null): string {
  const label = (charset ?? 'utf-8').toLowerCase().replace(/^(?:us-ascii|ascii)$/u, 'utf-8');
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Quoted-printable to bytes: "=E2=80=99" escapes, "=" soft line breaks. */
export function quotedPrintableBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      const next = s.slice(i + 1, i + 3);
      if (/^[\da-fA-F]{2}$/u.test(next)) {
        out[n++] = parseInt(next, 16);
        i += 2;
        continue;
      }
      // A soft line break: "=" at the end of a line (trailing blanks allowed) joins it to the next.
      const soft = /^[ \t]*\r?\n/u.exec(s.slice(i + 1, i + 80));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    if (c < 256) out[n++] = c;
    else for (const b of Buffer.from(s[i]!, 'utf8')) out[n++] = b;
  }
  return out.subarray(0, n);
}

/** Base64 as MIME writes it, line breaks taken out. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

/** The body with its transfer encoding and charset undone; null for base64 that is not base64. */
function transferDecoded(body: string, encoding: string | null, charset: string | null): string | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable':
      return bytesToText(quotedPrintableBytes(body), charset);
    case 'base64': {
      const data = body.replace(/\s+/gu, '');
      return BASE64.test(data) ? bytesToText(Buffer.from(data, 'base64'), charset) : null;
    }
    default:
      return body;
  }
}

/** RFC 2047 encoded words in a header ("=?UTF-8?Q?Iran=E2=80=99s?=", "=?utf-8?B?…?="). */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/(\?=)\s+(=\?)/gu, '$1$2')
    .replace(/=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/gu, (_w, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data.replace(/_/gu, ' '));
      return bytesToText(bytes, charset.replace(/\*.*$/u, ''));
    });
}

export interface MimeMessage {
  headers: MimeHeaders;
  /** Every leaf part in document order (a single-part message is its one part). */
  parts: MimePart[];
}

/** Whether a text opens with a mail header block that declares MIME (an .eml or .mhtml saved under another name). */
export function looksLikeMime(head: string): boolean {
  const block = head.split(/\r?\n\r?\n/u, 1)[0]!;
  const lines = block.split(/\r?\n/u).filter((l) => !/^[ \t]/u.test(l));
  if (lines.length < 2 || !lines.every((l) => /^[A-Za-z][\w-]{0,60}:/u.test(l) || l.startsWith('From '))) return false;
  return /^(?:mime-version|content-type):/imu.test(block);
}

export function parseMime(text: string): MimeMessage {
  const top = headerBlock(text.replace(/^From [^\n]*\n/u, ''));
  const parts: MimePart[] = [];
  const stack: Array<{ headers: MimeHeaders; body: string; depth: number }> = [{ ...top, depth: 0 }];
  while (stack.length > 0) {
    const entity = stack.pop()!;
    const ctype = entity.headers.get('content-type');
    const type = (ctype?.split(';', 1)[0] ?? 'text/plain').trim().toLowerCase();
    const boundary = headerParam(ctype, 'boundary');
    if (type.startsWith('multipart/') && boundary !== null && entity.depth < MAX_NESTING) {
      const children = splitMultipart(entity.body, boundary).map((p) => ({ ...headerBlock(p), depth: entity.depth + 1 }));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    const textual = type.startsWith('text/') || type === 'application/xhtml+xml';
    const text = textual ? transferDecoded(entity.body, entity.headers.get('content-transfer-encoding'), headerParam(ctype, 'charset')) : '';
    parts.push({ headers: entity.headers, type, text: text ?? '', ...(text === null ? { malformed: true as const } : {}) });
  }
  return { headers: top.headers, parts };
}

/** The bodies between "--boundary" lines, up to "--boundary--". */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const out: string[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const after = pos + delimiter.length;
    if (body.startsWith('--', after)) break;
    const lineEnd = body.indexOf('\n', after);
    if (lineEnd === -1) break;
    const next = body.indexOf(`\n${delimiter}`, lineEnd);
    const end = next === -1 ? body.length : next;
    out.push(body.slice(lineEnd + 1, end).replace(/\r$/u, ''));
    pos = next === -1 ? -1 : next + 1;
  }
  return out;
}

/** "Reuters <newsletters@thomsonreuters.com>" -> its name and address. */
export function mailbox(value: string | null): { name: string | null; address: string | null } {
  if (value === null) return { name: null, address: null };
  const m = /^\s*"?([^"<]*?)"?\s*<([^>\s]+@[^>\s]+)>/u.exec(value);
  if (m) return { name: m[1]!.trim() === '' ? null : m[1]!.trim(), address: m[2]! };
  const bare = /([^\s<>()]+@[^\s<>()]+)/u.exec(value);
  return { name: null, address: bare ? bare[1]! : null };
}
