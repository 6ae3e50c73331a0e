import { FollowUpCard } from './FollowUpCard';
import type { FollowUpDialogControls } from './FollowUpDialogs';
import type { LitFollowUp } from './lights';
import type { FollowUpLookups } from './useFollowUpLookups';

export interface FollowUpListProps {
  items: readonly LitFollowUp[];
  lookups: FollowUpLookups;
  controls: FollowUpDialogControls;
  showCase?: boolean;
}

/** A plain list of follow-up cards. */
export function FollowUpList({ items, lookups, controls, showCase = true }: FollowUpListProps) {
  return (
    <ul className="follow-up-list">
      {items.map((item) => (
        <li key={item.followUp.id}>
          <FollowUpCard item={item} lookups={lookups} onOpen={controls.open} onComplete={controls.complete} showCase={showCase} />
        </li>
      ))}
    </ul>
  );
}
