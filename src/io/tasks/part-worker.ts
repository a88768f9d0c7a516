/** A worker thread reading parts of a protocol file: each job as a message, its result (or failure) posted back. */
import { parentPort } from 'node:worker_threads';
import { readPart, type PartJob } from './read-part.js';

parentPort!.on('message', (job: PartJob) => {
  readPart(job).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => parentPort!.postMessage({ error: (error as Error)?.message ?? String(error) }),
  );
});
