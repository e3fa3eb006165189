import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Input coercion happens before execution, so a bad value is a request error (HTTP 400 for
 * application/graphql-response+json); graphql-js keeps a GraphQLError's code and adds the
 * variable's name to the message.
 */
function badValue(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_INPUT', http: { spec: true, status: 400 } } });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 timestamp with a time zone (Z or ±hh:mm). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar day: 2019-02-30 is refused. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isIsoDateTime(s: string): boolean {
  return DATE_TIME.test(s) && isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));
}

function parseDate(v: unknown): string {
  if (typeof v !== 'string' || !isIsoDate(v)) throw badValue(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, `YYYY-MM-DD`.',
  // Stored dates are YYYY-MM-DD; a timestamp is cut to its day rather than failing the response.
  serialize: (v) => {
    if (typeof v === 'string' && isIsoDate(v.slice(0, 10))) return v.slice(0, 10);
    throw new TypeError(`not a date: ${String(v)}`);
  },
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(v: unknown): string {
  if (typeof v !== 'string' || !isIsoDateTime(v)) {
    throw badValue(`DateTime must be ISO 8601 with a time zone (2019-12-31T14:05:00Z), got ${JSON.stringify(v)}`);
  }
  return v;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A point in time in ISO 8601 form with a time zone.',
  serialize: (v) => {
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v).toISOString();
    if (v instanceof Date) return v.toISOString();
    throw new TypeError(`not a date-time: ${String(v)}`);
  },
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Output-only in this schema (schema.org JSON-LD); inputs are refused rather than guessed. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: () => {
    throw badValue('JSON is an output type here');
  },
  parseLiteral: () => {
    throw badValue('JSON is an output type here');
  },
});
