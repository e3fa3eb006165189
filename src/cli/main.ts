import { isClaimgraphError } from '../domain/errors';
import { ownValue } from '../domain/ownValue';
import { processIO, type CliIO, type Command } from './io';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { exportCommand } from './commands/export';
import { serveCommand } from './commands/serve';
import { queryCommand } from './commands/query';
import { evalCommand } from './commands/eval';

export const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  ingest: ingestCommand,
  export: exportCommand,
  serve: serveCommand,
  query: queryCommand,
  eval: evalCommand,
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return [
    'claimgraph: claim-provenance knowledge graph',
    '',
    'Usage: claimgraph <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Store: --store URL or CLAIMGRAPH_STORE (default sqlite:./data/claimgraph.db; bolt://host:7687 for Neo4j).',
    'Run "claimgraph <command> --help" for a command\'s options.',
    '',
  ].join('\n');
}

/** Entry point: returns the exit code. Expected errors print one line, never a stack trace. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = ownValue(COMMANDS, name);
  if (!command) {
    io.err(`claimgraph: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (isClaimgraphError(e)) {
      io.err(`claimgraph ${name}: ${e.message} [${e.code}]\n`);
      return e.code === 'BAD_INPUT' || e.code === 'CONFIG' ? 2 : 1;
    }
    throw e;
  }
}
