import { createLogger, type YogaLogger } from 'graphql-yoga';
import { isExpectedError } from './errors';

export type LoggingOption = YogaLogger | boolean | 'debug' | 'info' | 'warn' | 'error';

/**
 * yoga logs every error it masks or maps. Expected failures (NOT_FOUND, BAD_INPUT...) are
 * the caller's business and go to debug; unexpected ones stay errors, with their stack,
 * for the operator. Request headers (API keys) are never logged.
 */
export function apiLogger(logging: LoggingOption = 'warn'): YogaLogger {
  const base = typeof logging === 'object' ? logging : createLogger(logging === false ? 'silent' : logging === true ? 'info' : logging);
  return {
    debug: (...args: unknown[]) => base.debug(...args),
    info: (...args: unknown[]) => base.info(...args),
    warn: (...args: unknown[]) => base.warn(...args),
    error: (...args: unknown[]) => (args.length === 1 && isExpectedError(args[0]) ? base.debug(...args) : base.error(...args)),
  };
}
