import { CanonicalError } from '../../shared/merge/canonical';

/**
 * The canonical JSON writer as it was before the fast path (shared/merge/canonical.ts
 * at issue 7), kept verbatim so a property test can hold today's canonicalJson to the
 * very bytes every signature made so far was computed over.
 */

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, out: string[], ancestors: Set<object>, path: string): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalError('canonical/non-finite', `not a finite number at ${path}`);
      out.push(JSON.stringify(value));
      return;
    case 'undefined':
      throw new CanonicalError('canonical/undefined', `undefined at ${path}`);
    case 'object':
      break;
    default:
      throw new CanonicalError('canonical/unsupported', `${typeof value} at ${path}`);
  }
  if (ancestors.has(value)) throw new CanonicalError('canonical/cycle', `cycle at ${path}`);
  ancestors.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], out, ancestors, `${path}[${i}]`);
    }
    out.push(']');
  } else if (isPlainObject(value)) {
    out.push('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = value[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, out, ancestors, `${path}.${key}`);
    }
    out.push('}');
  } else {
    throw new CanonicalError('canonical/unsupported', `${Object.prototype.toString.call(value)} at ${path}`);
  }
  ancestors.delete(value);
}

/** The canonical JSON text of a value (rules above); throws CanonicalError for what JSON cannot say exactly. */
export function referenceCanonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out, new Set(), '$');
  return out.join('');
}

