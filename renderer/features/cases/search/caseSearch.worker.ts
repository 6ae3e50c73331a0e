import { createSearchHost } from './handler';

// The case search Worker: reads the notes itself (its own database connection, the data key the
// UI thread posted), holds the folded texts (in memory only, gone with the Worker) and answers queries.
const host = createSearchHost((answer) => self.postMessage(answer), { ownLockState: true });
self.addEventListener('message', (event: MessageEvent<unknown>) => host(event.data));
