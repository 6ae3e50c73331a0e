import { fail, type Result } from '../../../shared/errors/result';
import { startStreamingSeal, type StreamingSeal } from '../../../shared/exchange/streamSeal';
import { sealMessageSchema } from './sealProtocol';

// The seal Worker: hashes, signs and encrypts an export's body as its chunks arrive from the
// exchange Worker, which meanwhile reads and serialises the next page. One export per Worker.
let seal: Result<StreamingSeal> | null = null;

function answer(result: Result<Uint8Array>): void {
  const transfer = result.ok && result.data.buffer instanceof ArrayBuffer ? [result.data.buffer] : [];
  self.postMessage(result, { transfer });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = sealMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    answer(fail('validation/invalid', 'bad seal message'));
    return;
  }
  const message = parsed.data;
  if (message.kind === 'start') seal = startStreamingSeal(message.signingSecretKey, message.target);
  else if (seal === null) answer(fail('validation/invalid', 'seal message before start'));
  else if (!seal.ok) answer(seal);
  else if (message.kind === 'chunk') seal.data.write(message.bytes);
  else void seal.data.finish().then(answer);
});
