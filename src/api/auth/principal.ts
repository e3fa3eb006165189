import { timingSafeEqual } from 'node:crypto';
import type { ApiKey, Role } from '../../config/config';

/**
 * Who is calling. `invalid` is a presented key that matches no configured key: it is
 * refused even for reads, so a typo in a key never silently downgrades to anonymous.
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'invalid' }
  | { kind: 'key'; role: Role }
  /** Every caller is an editor: `serve --dev-open` on loopback, and `claimgraph query` in-process. */
  | { kind: 'open' };

/** The key from `Authorization: Bearer <key>` or `x-api-key`; null when none was sent. */
export function presentedKey(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth !== null) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? (m[1] as string) : '';
  }
  const key = headers.get('x-api-key');
  return key === null ? null : key.trim();
}

export function authenticate(headers: Headers, keys: readonly ApiKey[], open: boolean): Principal {
  const key = presentedKey(headers);
  if (open) return { kind: 'open' };
  if (key === null) return { kind: 'anonymous' };
  // Compare against every key in constant time per key so timing does not reveal which one nearly matched.
  let role: Role | null = null;
  const given = Buffer.from(key, 'utf8');
  for (const k of keys) {
    const want = Buffer.from(k.key, 'utf8');
    if (want.length === given.length && timingSafeEqual(want, given)) role = k.role;
  }
  return role === null ? { kind: 'invalid' } : { kind: 'key', role };
}

export function canWrite(p: Principal): boolean {
  return p.kind === 'open' || (p.kind === 'key' && p.role === 'editor');
}
