/**
 * Invented training data ("Demodaten"): deterministic for a seed, as full stored
 * records that travel in an exchange file. Used by `runder-tisch demo-data`, the
 * first start's "Demodaten laden" and the benchmark suite.
 */
export {
  DEMO_DEFAULT_NOW,
  DEMO_DEFAULT_YEARS,
  MAX_DEMO_CASES,
  demoDeviceId,
  demoEnvelope,
  demoOptionsSchema,
  generateDemoData,
  type DemoData,
  type DemoOptions,
  type DemoSigner,
} from './generate';
export { sealDemoFile, type DemoFile } from './file';
export { DEMO_MODERATION_NAME, demoSigningKey } from './members';
export { createRandom, type Random } from './random';
