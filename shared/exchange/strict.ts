import { z } from 'zod';

/**
 * A copy of a schema in which every object, however deeply nested, refuses unknown
 * keys. The model's content schemas are plain (stripping) objects so forms stay
 * forgiving; a file from elsewhere must instead say exactly what we understand, or
 * be refused, so nothing is silently dropped or smuggled in. Checks (min, max,
 * refinements) are kept because the schemas are cloned from their definitions.
 * Wrappers other than object, array, record, nullable and optional are left as they
 * are: the model does not use them around objects.
 */
export function deepStrict<T extends z.ZodType>(schema: T): T {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, deepStrict(value)]),
    );
    return schema.clone({ ...schema._zod.def, shape, catchall: z.never() }) as unknown as T;
  }
  if (schema instanceof z.ZodArray) {
    return schema.clone({ ...schema._zod.def, element: deepStrict(schema.element as z.ZodType) }) as unknown as T;
  }
  if (schema instanceof z.ZodRecord) {
    return schema.clone({ ...schema._zod.def, valueType: deepStrict(schema.valueType as z.ZodType) }) as unknown as T;
  }
  if (schema instanceof z.ZodNullable) {
    return schema.clone({ ...schema._zod.def, innerType: deepStrict(schema.unwrap() as z.ZodType) }) as unknown as T;
  }
  if (schema instanceof z.ZodOptional) {
    return schema.clone({ ...schema._zod.def, innerType: deepStrict(schema.unwrap() as z.ZodType) }) as unknown as T;
  }
  return schema;
}

/**
 * True when any object in a parsed JSON value has an own `__proto__` key. JSON.parse
 * creates such keys as plain properties, but zod's record schemas skip them unchecked,
 * so `{"conflicts":{"__proto__":1}}` would pass validation and break the merge later
 * (found by the import fuzzer). Walks iteratively: a deeply nested file cannot overflow the stack.
 */
export function hasProtoKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (!Array.isArray(next) && Object.hasOwn(next, '__proto__')) return true;
    for (const child of Object.values(next)) if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return false;
}
