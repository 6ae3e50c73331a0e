import { sealDemo, transferableOf } from './demoFile';

// The demo Worker: one request in, the sealed demo file out (its bytes move back without a copy).
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void sealDemo(event.data).then((result) => self.postMessage(result, { transfer: result.ok ? transferableOf(result.data.bytes) : [] }));
});
