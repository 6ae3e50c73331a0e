import { createCaseSearchIndex } from '../../../../shared/cases/searchIndex';
import { handleSearchMessage } from './handler';

// The case search Worker: holds the folded texts (in memory only, gone with the page) and answers queries.
const index = createCaseSearchIndex();
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const answer = handleSearchMessage(index, event.data);
  if (answer !== null) self.postMessage(answer);
});
