import { ok, type Result } from '../errors/result';
import type { EncryptTarget } from '../exchange/age';
import type { ExchangeCounts } from '../exchange/envelope';
import { sealExchange } from '../exchange/seal';
import { ENTITY_NAMES } from '../model/entities';
import { demoEnvelope, generateDemoData, type DemoOptions, type DemoSigner } from './generate';

/** A demo data set sealed as an exchange file. */
export interface DemoFile {
  readonly bytes: Uint8Array;
  readonly signer: DemoSigner;
  readonly counts: ExchangeCounts;
  /** The demo's `now`: the export time written into the file. */
  readonly createdAt: string;
}

/**
 * Generates the demo data and seals it as an exchange file (signed by the demo
 * moderation, encrypted to the target): what `runder-tisch demo-data` writes and
 * what the first start's "Demodaten laden" imports.
 */
export async function sealDemoFile(options: DemoOptions, target: EncryptTarget): Promise<Result<DemoFile>> {
  const generated = generateDemoData(options);
  if (!generated.ok) return generated;
  const data = generated.data;
  const sealed = await sealExchange(demoEnvelope(data), data.signer.signingSecretKey, target);
  if (!sealed.ok) return sealed;
  const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, data.records[name].length])) as ExchangeCounts;
  return ok({ bytes: sealed.data.bytes, signer: data.signer, counts, createdAt: data.createdAt });
}
