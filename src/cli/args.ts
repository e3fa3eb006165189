import { ClaimgraphError } from '../domain/errors';

export interface ParsedArgs {
  /** Positional arguments in order. */
  positional: string[];
  /** --name value, --name=value; a bare --flag is "true". */
  flags: Record<string, string>;
}

/**
 * Small, strict flag parser: every command declares the flags it takes (value flags and
 * boolean flags); anything else is a BAD_INPUT naming the flag.
 */
export function parseArgs(argv: string[], spec: { values?: string[]; booleans?: string[] }): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (booleans.has(name)) {
      flags[name] = eq > 0 ? a.slice(eq + 1) : 'true';
    } else if (values.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new ClaimgraphError('BAD_INPUT', `--${name} needs a value`);
      flags[name] = v;
    } else {
      throw new ClaimgraphError('BAD_INPUT', `unknown flag --${name}`);
    }
  }
  return { positional, flags };
}
