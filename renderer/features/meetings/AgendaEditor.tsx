import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaMove } from '../../../shared/agenda/numbering';
import { computeTimePlan } from '../../../shared/agenda/timePlan';
import type { AppError } from '../../../shared/errors/result';
import { isMinutesLocked } from '../../../shared/model/meeting';
import { moveItem, placeItem } from '../../db/repositories/agendaItems';
import { AgendaChecks } from './AgendaChecks';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaRow } from './AgendaRow';
import { MeetingError } from './MeetingError';
import { RemoveItemDialog } from './RemoveItemDialog';
import { caseCodesOf, type MeetingData } from './useMeetingData';

type ItemDialog = { kind: 'edit'; itemId: string | null } | { kind: 'remove'; itemId: string } | null;

/** The last move: which control gets the focus back, and what the live region says once the item shows at its new place. */
interface LastMove {
  readonly itemId: string;
  readonly fromNumber: string;
  readonly focusKey: string;
  readonly move: AgendaMove;
  readonly moved: boolean;
  /** Counts moves, so the same words said twice still reach screen readers, and focus is restored once per move. */
  readonly seq: number;
}

/**
 * The agenda editor: numbered items with start times from the plan, reordering by
 * drag and by keyboard (move buttons, or Alt+arrow keys on an item's handle), each
 * move announced to screen readers; the check of time, interpreters and guests below.
 */
export function AgendaEditor({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const { meeting, items, names, cases } = data;
  const editable = !isMinutesLocked(meeting) && meeting.state !== 'cancelled';
  const plan = useMemo(() => computeTimePlan(items, meeting.startTime, meeting.plannedMinutes), [items, meeting.startTime, meeting.plannedMinutes]);
  const [dialog, setDialog] = useState<ItemDialog>(null);
  const [lastMove, setLastMove] = useState<LastMove | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; where: 'before' | 'after' } | null>(null);
  const focusedSeq = useRef(0);
  const movedRow = lastMove ? plan.items.find((r) => r.item.id === lastMove.itemId) : undefined;
  // Until the database has answered, the item still shows its old number: say nothing yet.
  const settled = movedRow !== undefined && lastMove !== null && (!lastMove.moved || movedRow.number !== lastMove.fromNumber);
  const announcement =
    settled && lastMove
      ? `${lastMove.moved ? t('agenda.movedTo', { title: movedRow.item.title, number: movedRow.number }) : t(`agenda.cannotMove.${lastMove.move}`, { number: movedRow.number })}${lastMove.seq % 2 ? '\u00a0' : ''}`
      : '';

  // Once the moved item shows at its new place, the control that moved it gets the focus back.
  useEffect(() => {
    if (!settled || !lastMove || focusedSeq.current === lastMove.seq) return;
    focusedSeq.current = lastMove.seq;
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(lastMove.focusKey)}"]`)?.focus();
  }, [settled, lastMove]);

  const numberOf = (itemId: string) => plan.items.find((r) => r.item.id === itemId)?.number ?? '';
  const remember = (itemId: string, fromNumber: string, focusKey: string, direction: AgendaMove, moved: boolean) =>
    setLastMove((last) => ({ itemId, fromNumber, focusKey, move: direction, moved, seq: (last?.seq ?? 0) + 1 }));

  const move = (itemId: string, direction: AgendaMove, focusKey: string) => {
    const fromNumber = numberOf(itemId);
    void moveItem(itemId, direction).then((result) => {
      if (!result.ok) setError(result.error);
      else remember(itemId, fromNumber, focusKey, direction, result.data);
    });
  };

  const onDrop = (targetId: string, event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    const where = drop?.where ?? 'after';
    setDrop(null);
    const dragged = dragId;
    setDragId(null);
    if (!dragged || dragged === targetId) return;
    const target = items.find((i) => i.id === targetId);
    if (!target) return;
    const fromNumber = numberOf(dragged);
    const siblings = items.filter((i) => i.parentId === target.parentId && i.id !== dragged).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    const index = siblings.findIndex((i) => i.id === targetId) + (where === 'after' ? 1 : 0);
    void placeItem(dragged, target.parentId, index).then((result) => {
      if (!result.ok) setError(result.error);
      else remember(dragged, fromNumber, `${dragged}:handle`, 'down', true);
    });
  };

  return (
    <section className="mt-agenda" aria-labelledby="agenda-title">
      <div className="toolbar">
        <h3 id="agenda-title" className="mt-section-title">
          {t('agenda.title')}
        </h3>
        {editable && (
          <Button className="button button-primary" onPress={() => setDialog({ kind: 'edit', itemId: null })}>
            {t('agenda.add')}
          </Button>
        )}
      </div>
      {editable && <p className="field-hint">{t('agenda.keyboardHint')}</p>}
      <p className="mt-visually-hidden" role="status">
        {announcement}
      </p>
      {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
      {plan.items.length === 0 ? (
        <p className="mt-empty">{t('agenda.empty')}</p>
      ) : (
        <ol className="mt-agenda-list" aria-labelledby="agenda-title">
          {plan.items.map(({ item, number, depth, start }) => (
            <AgendaRow
              key={item.id}
              item={item}
              number={number}
              depth={depth}
              start={start}
              caseCodes={caseCodesOf(item, cases)}
              presenter={item.presenterId ? (names.get(item.presenterId) ?? '') : ''}
              editable={editable}
              dropMark={drop?.id === item.id && dragId !== item.id ? drop.where : null}
              onMove={(direction, from) => move(item.id, direction, `${item.id}:${from === 'handle' ? 'handle' : direction}`)}
              onEdit={() => setDialog({ kind: 'edit', itemId: item.id })}
              onRemove={() => setDialog({ kind: 'remove', itemId: item.id })}
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', item.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragId(item.id);
              }}
              onDragOver={(event) => {
                if (!dragId) return;
                event.preventDefault();
                const rect = event.currentTarget.getBoundingClientRect();
                const where = event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
                if (drop?.id !== item.id || drop.where !== where) setDrop({ id: item.id, where });
              }}
              onDrop={(event) => onDrop(item.id, event)}
              onDragEnd={() => {
                setDragId(null);
                setDrop(null);
              }}
            />
          ))}
        </ol>
      )}
      <p className="mt-plan-summary">
        {t('agenda.planSummary', { total: plan.totalMinutes, length: meeting.plannedMinutes, end: plan.end })}
      </p>
      <AgendaChecks data={data} />
      {dialog?.kind === 'edit' && <AgendaItemDialog data={data} itemId={dialog.itemId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <RemoveItemDialog data={data} itemId={dialog.itemId} onClose={() => setDialog(null)} />}
    </section>
  );
}
