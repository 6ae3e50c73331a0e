import { handleWorkerMessage } from './handler';

// The exchange Worker: slow crypto off the UI thread. One message in, one answer out;
// result bytes move back without a copy.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleWorkerMessage(event.data).then(({ response, transfer }) => self.postMessage(response, { transfer }));
});
