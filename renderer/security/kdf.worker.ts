import { deriveKeyBytes, kdfParamsSchema } from './kdf';
import { z } from 'zod';

// The passphrase Worker: Argon2id takes about a second and must never freeze the UI.
const requestSchema = z.strictObject({
  id: z.number().int(),
  passphrase: z.string().max(1024),
  salt: z.instanceof(Uint8Array),
  params: kdfParamsSchema,
});

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = requestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const { id, ...request } = parsed.data;
  deriveKeyBytes(request).then(
    (key) => self.postMessage({ id, key }, { transfer: [key.buffer] }),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
