import type { Records } from '../../renderer/exchange/tables';
import { generateDemoData } from '../../shared/demo';

/**
 * The one place the suite asks for demo data, so the page and the Node measures use
 * the same deterministic set: stored records per entity, as the app keeps them.
 */
export function demoRecords(cases: number, seed: number): Records {
  const generated = generateDemoData({ cases, seed });
  if (!generated.ok) throw new Error(`demo data: ${generated.error.code} ${generated.error.message}`);
  return generated.data.records as unknown as Records;
}
