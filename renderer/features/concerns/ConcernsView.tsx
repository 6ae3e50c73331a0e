import { ConcernList } from './ConcernList';
import { ConcernPage } from './ConcernPage';
import { selectSelectedConcernId, useConcernsView } from './concernsStore';
import './concerns.css';

/** The "Anliegen" view of the Fälle screen: the list, or one concern's page. */
export function ConcernsView() {
  const selected = useConcernsView(selectSelectedConcernId);
  return selected === null ? <ConcernList /> : <ConcernPage key={selected} concernId={selected} />;
}
