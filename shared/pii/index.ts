// The personal-data guard: detection, redaction, labels and the checksums it relies on.
export { detectPii } from './detect';
export { redact } from './redact';
export { PII_PLACEHOLDERS, PII_TYPES, PII_TYPE_LABELS, type PiiSpan, type PiiType } from './types';
export { isValidIban, isValidKvnr, isValidSteuerId, kvnrCheckDigit, steuerIdCheckDigit } from './checksums';
