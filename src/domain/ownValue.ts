/**
 * A plain object's own value for a key, or undefined. Lookup tables written as object literals
 * inherit Object.prototype: a word such as "constructor" or "toString" read from an article must
 * not find its members.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
