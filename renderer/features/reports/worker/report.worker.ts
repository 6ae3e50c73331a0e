import { handleReportMessage } from './handler';

// The reports Worker: reads IndexedDB and builds the report off the UI thread. One message in, one answer out.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleReportMessage(event.data).then((response) => self.postMessage(response));
});
