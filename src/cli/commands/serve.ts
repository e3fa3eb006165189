import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const serveCommand: Command = {
  summary: 'serve (not built yet)',
  usage: 'claimgraph serve',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'serve is not built yet');
  },
};
