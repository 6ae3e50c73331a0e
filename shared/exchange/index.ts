/**
 * The encrypted exchange file: a standard age file holding a signed, versioned JSON
 * envelope of stored records. Pure and async, no DOM, no Node APIs: it runs in the
 * renderer, in a Worker (for scrypt) and in the CLI alike.
 */
export {
  DEFAULT_MAX_EXCHANGE_BYTES,
  EXCHANGE_FILE_EXTENSION,
  decryptExchange,
  describeAgeFile,
  encryptExchange,
  normalisePassphrase,
  type AgeProtection,
  type DecryptKey,
  type DecryptOptions,
  type EncryptTarget,
} from './age';
export {
  EXCHANGE_FORMAT,
  EXCHANGE_SCHEMA_VERSION,
  buildEnvelope,
  decodeEnvelope,
  envelopeSchema,
  exchangeScopeSchema,
  parseEnvelope,
  serialiseEnvelope,
  type DecodedEnvelope,
  type Envelope,
  type EnvelopeInput,
  type EnvelopeSignature,
  type ExchangeCounts,
  type ExchangeRecord,
  type ExchangeRecords,
  type ExchangeScope,
  type ExportingMember,
  type SignedEnvelope,
  type UnsignedEnvelope,
} from './envelope';
export {
  createMemberKeys,
  isX25519Identity,
  isX25519Recipient,
  recipientOfIdentity,
  signingPublicKeyOf,
  type MemberKeys,
} from './keys';
export { MEMBER_CARD_VERSION, formatMemberCard, memberCardSchema, parseMemberCard, type MemberCard } from './memberCard';
export { openExchangeFile, readExchangeFile, summariseEnvelope, type ExchangeSummary, type OpenedExchange } from './open';
export { sealCanonicalBody, sealExchange } from './seal';
export {
  SIGNATURE_CONTEXT,
  canonicalBody,
  signAndSerialise,
  signCanonicalBody,
  signEnvelope,
  signedMessage,
  verifyEnvelope,
  verifyEnvelopeText,
  type KnownSigner,
  type SignatureCheck,
} from './signature';
