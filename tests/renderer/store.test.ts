import { expect, test } from 'vitest';
import { sortCaseList } from '../../renderer/features/cases/sortCaseList';
import { resetAppStore, useAppStore } from '../../renderer/state/store';
import type { Case } from '../../shared/model/case';

test('navigating closes an open dialog, and reset brings back the first state', () => {
  const store = useAppStore.getState();
  store.navigate('cases');
  store.openDialog({ kind: 'caseForm', caseId: null });
  expect(useAppStore.getState().dialog).toEqual({ kind: 'caseForm', caseId: null });
  useAppStore.getState().navigate('settings');
  expect(useAppStore.getState()).toMatchObject({ screen: 'settings', dialog: null });
  resetAppStore();
  expect(useAppStore.getState()).toMatchObject({ screen: 'overview', dialog: null, caseSort: { column: 'openedOn' } });
});

test('the case list sorts codes as numbers and status in workflow order', () => {
  const cases = [
    { code: 'RT-2026-10', status: 'new' },
    { code: 'RT-2026-9', status: 'closed' },
    { code: 'RT-2026-100', status: 'in_progress' },
  ] as Case[];
  const codes = (list: Case[]) => list.map((c) => c.code);
  expect(codes(sortCaseList(cases, { column: 'code', direction: 'ascending' }, 'de-DE'))).toEqual(['RT-2026-9', 'RT-2026-10', 'RT-2026-100']);
  expect(codes(sortCaseList(cases, { column: 'status', direction: 'descending' }, 'de-DE'))).toEqual(['RT-2026-9', 'RT-2026-100', 'RT-2026-10']);
});
