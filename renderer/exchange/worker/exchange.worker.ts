import { handleWorkerMessage } from './handler';

// The exchange Worker: slow crypto and the export's read and serialisation off the UI thread.
// One message in, one answer out; result bytes move back without a copy. It has its own
// database connection and app-lock state (renderer/security/keyState.ts), set per request.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleWorkerMessage(event.data, { ownLockState: true }).then(({ response, transfer }) => self.postMessage(response, { transfer }));
});
