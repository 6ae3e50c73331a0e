import { sortCases, type CaseSort } from '../../../shared/cases/listQuery';
import type { Case } from '../../../shared/model/case';

/**
 * The case list in the order the user chose: codes and titles as people read them
 * (RT-2026-9 before RT-2026-10), status and urgency in their own order, ties by code.
 * The locale is taken for the signature's sake; German and English collate these alike.
 */
export function sortCaseList(cases: readonly Case[], sort: CaseSort, _locale?: string): Case[] {
  return sortCases(cases, sort);
}
