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
