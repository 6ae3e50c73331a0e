import type { Choice } from '../../components/SelectField';

/** The select fields' stand-in for "none" (react-aria keys cannot be null). */
export const NONE = '__none__';

/** The choice list with a leading "none" entry. */
export function withNone(noneLabel: string, choices: readonly Choice<string>[]): Choice<string>[] {
  return [{ id: NONE, label: noneLabel }, ...choices];
}

/** A select's value for a nullable id. */
export function toKey(id: string | null): string {
  return id ?? NONE;
}

/** A nullable id from a select's value. */
export function fromKey(key: string): string | null {
  return key === NONE ? null : key;
}
