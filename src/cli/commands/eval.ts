import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const evalCommand: Command = {
  summary: 'eval (not built yet)',
  usage: 'claimgraph eval',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'eval is not built yet');
  },
};
