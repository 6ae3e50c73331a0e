import { addNotes, finishNoteBuild, searchCaseIds, setCaseHeads, startNoteBuild, type CaseSearchIndex } from '../../../../shared/cases/searchIndex';
import { searchMessageSchema, type SearchAnswer } from './protocol';

/** Applies one message to the index (in the Worker, or in this thread where there is none); null when nothing is to be answered. */
export function handleSearchMessage(index: CaseSearchIndex, data: unknown): SearchAnswer | null {
  const parsed = searchMessageSchema.safeParse(data);
  if (!parsed.success) return null;
  const message = parsed.data;
  switch (message.type) {
    case 'heads':
      setCaseHeads(index, message.heads);
      return { type: 'changed', notesComplete: index.notesComplete };
    case 'notesStart':
      startNoteBuild(index, message.build);
      return { type: 'changed', notesComplete: false };
    case 'notes':
      addNotes(index, message.build, message.notes);
      return { type: 'notesAck', build: message.build };
    case 'notesDone':
      return finishNoteBuild(index, message.build) ? { type: 'changed', notesComplete: true } : null;
    case 'search':
      return { type: 'result', id: message.id, query: message.query, ids: searchCaseIds(index, message.query), notesComplete: index.notesComplete };
  }
}
