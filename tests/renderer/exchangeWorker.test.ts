import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildEnvelope, canonicalBody, createMemberKeys, decryptExchange, signAndSerialise } from '../../shared/exchange';
import { handleWorkerMessage } from '../../renderer/exchange/worker/handler';
import { codeOf, must } from './exchange.support';

// The Worker protocol: messages are checked on arrival, answers carry their id,
// result bytes are transferred. The client is driven through a stand-in Worker that
// runs the real handler and copies messages with structuredClone, as a browser does.

const envelope = () =>
  buildEnvelope({ deviceId: 'laptop-test', member: null, scope: { kind: 'all' }, records: {}, createdAt: new Date(Date.UTC(2026, 2, 3)) });

describe('the worker handler', () => {
  test('refuses a message outside the protocol with a code, keeping its id', async () => {
    const bad = [null, 'seal', { id: 4, request: { kind: 'format-disk' } }, { id: 5, request: { kind: 'open', bytes: 'not bytes', key: {}, knownMembers: [] } }];
    for (const message of bad) {
      const { response, transfer } = await handleWorkerMessage(message);
      expect(codeOf(response.result)).toBe('validation/invalid');
      expect(transfer).toEqual([]);
    }
    expect((await handleWorkerMessage({ id: 5, request: { kind: 'nope' } })).response.id).toBe(5);
  });

  test('seals and opens a file, handing the sealed bytes over instead of copying them', async () => {
    const keys = await createMemberKeys();
    const sealed = await handleWorkerMessage({
      id: 1,
      request: { kind: 'seal', envelope: envelope(), signingSecretKey: keys.signingSecretKey, target: { recipients: [keys.recipient] } },
    });
    const bytes = (must(sealed.response.result) as { bytes: Uint8Array }).bytes;
    expect(sealed.transfer).toEqual([bytes.buffer]);
    const known = [{ id: 'm1', name: 'Anna', signingKey: keys.signingPublicKey }];
    const opened = await handleWorkerMessage({ id: 2, request: { kind: 'open', bytes, key: { identity: keys.identity }, knownMembers: known } });
    expect(opened.response.id).toBe(2);
    expect(must(opened.response.result)).toMatchObject({ signature: { status: 'valid-known', member: known[0] } });
  });

  test('seals from the canonical bytes made beside the records into the very plaintext sealing the envelope makes', async () => {
    const keys = await createMemberKeys();
    const unsigned = envelope();
    const body = must(canonicalBody(unsigned));
    const sealed = await handleWorkerMessage({ id: 3, request: { kind: 'sealBody', body, signingSecretKey: keys.signingSecretKey, target: { recipients: [keys.recipient] } } });
    const bytes = (must(sealed.response.result) as { bytes: Uint8Array }).bytes;
    expect(sealed.transfer).toEqual([bytes.buffer]);
    const plaintext = must(await decryptExchange(bytes, { identity: keys.identity }));
    expect(plaintext).toEqual(must(await signAndSerialise(unsigned, keys.signingSecretKey)).bytes);
    const known = [{ id: 'm1', name: 'Anna', signingKey: keys.signingPublicKey }];
    const opened = await handleWorkerMessage({ id: 4, request: { kind: 'open', bytes, key: { identity: keys.identity }, knownMembers: known } });
    expect(must(opened.response.result)).toMatchObject({ signature: { status: 'valid-known', member: known[0] }, envelope: { exportId: unsigned.exportId } });

    const notAnEnvelope = await handleWorkerMessage({ id: 5, request: { kind: 'sealBody', body: new TextEncoder().encode('[1]'), signingSecretKey: keys.signingSecretKey, target: { recipients: [keys.recipient] } } });
    expect(codeOf(notAnEnvelope.response.result)).toBe('validation/invalid');
  });
});

class StandInWorker extends EventTarget {
  static urls: string[] = [];
  static failOnNext = false;
  constructor(url: URL, options: { type?: string }) {
    super();
    StandInWorker.urls.push(`${url.pathname} ${options.type ?? ''}`);
  }
  postMessage(message: unknown, options: { transfer: Transferable[] }): void {
    const copy = structuredClone(message, options);
    if (StandInWorker.failOnNext) {
      StandInWorker.failOnNext = false;
      setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'worker script blocked' })));
      return;
    }
    void handleWorkerMessage(copy).then(({ response, transfer }) =>
      this.dispatchEvent(new MessageEvent('message', { data: structuredClone(response, { transfer }) })),
    );
  }
  terminate(): void {}
}

describe('the worker client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test('answers concurrent requests by id from one worker, and reports a broken worker as an error', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const { inWorker } = await import('../../renderer/exchange/worker/client');
    const keys = await createMemberKeys();
    const [a, b] = await Promise.all([
      inWorker({ kind: 'seal', envelope: envelope(), signingSecretKey: keys.signingSecretKey, target: { recipients: [keys.recipient] } }),
      inWorker({ kind: 'open', bytes: new Uint8Array([1, 2, 3]), key: { identity: keys.identity }, knownMembers: [] }),
    ]);
    expect(must(a).bytes).toBeInstanceOf(Uint8Array);
    expect(codeOf(b)).toBe('exchange/not-age');
    expect(StandInWorker.urls).toEqual([expect.stringMatching(/\/exchange\.worker\.ts module$/)]);

    StandInWorker.failOnNext = true;
    const broken = await inWorker({ kind: 'open', bytes: new Uint8Array([1]), key: { identity: keys.identity }, knownMembers: [] });
    expect(codeOf(broken)).toBe('unknown');
    // The next request starts a fresh worker.
    const again = await inWorker({ kind: 'open', bytes: new Uint8Array([1]), key: { identity: keys.identity }, knownMembers: [] });
    expect(codeOf(again)).toBe('exchange/not-age');
    expect(StandInWorker.urls).toHaveLength(2);
  });
});
