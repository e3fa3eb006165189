/**
 * Body of the extraction worker thread (started by ExtractWorker): parses and extracts the inputs
 * it is sent, one message per input, and answers with the PreparedInput. No store here.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../extract/types';
import { prepareInput, itemError, type PreparedInput } from './prepareInput';

export interface ExtractRequest {
  id: number;
  raw: RawInput;
  maxArticleBytes: number;
}

export type ExtractReply = { ready: true } | { id: number; prepared: PreparedInput };

const port = parentPort;
if (port) {
  port.on('message', (m: ExtractRequest) => {
    let prepared: PreparedInput;
    try {
      prepared = prepareInput(m.raw, m.maxArticleBytes);
    } catch (e) {
      // prepareInput reports failures itself; this is the last resort of a broken thread.
      prepared = { file: m.raw.file, records: [{ index: 0, extraction: null, error: itemError(e) }] };
    }
    port.postMessage({ id: m.id, prepared } satisfies ExtractReply);
  });
  // Loading the extraction modules takes most of a second: say when they are in.
  port.postMessage({ ready: true } satisfies ExtractReply);
}
