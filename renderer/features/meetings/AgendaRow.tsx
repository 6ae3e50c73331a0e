import type { DragEvent, KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AgendaMove } from '../../../shared/agenda/numbering';
import type { AgendaItem } from '../../../shared/model/agendaItem';

export interface AgendaRowProps {
  item: AgendaItem;
  number: string;
  depth: number;
  start: string;
  caseCodes: readonly string[];
  presenter: string;
  editable: boolean;
  dropMark: 'before' | 'after' | null;
  /** A move by a button, or by Alt+arrow on the handle (the focus then goes back to where it came from). */
  onMove(move: AgendaMove, from: 'button' | 'handle'): void;
  onEdit(): void;
  onRemove(): void;
  onDragStart(event: DragEvent<HTMLLIElement>): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
  onDragEnd(): void;
}

const MOVE_KEYS: Readonly<Record<string, AgendaMove>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
const MOVE_ICONS: Readonly<Record<AgendaMove, string>> = { up: '↑', down: '↓', indent: '→', outdent: '←' };

/** One TOP of the agenda editor: number, start time, what it is, and its move and edit buttons. */
export function AgendaRow(props: AgendaRowProps) {
  const { t } = useTranslation();
  const { item, number, depth, start, caseCodes, presenter, editable, dropMark } = props;
  const onHandleKey = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVE_KEYS[event.key];
    if (!event.altKey || !move) return;
    event.preventDefault();
    props.onMove(move, 'handle');
  };
  return (
    <li
      className={`mt-agenda-row mt-depth-${Math.min(depth, 4)}${dropMark ? ` mt-drop-${dropMark}` : ''}`}
      draggable={editable}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
      data-item-id={item.id}
    >
      {editable && (
        <button
          type="button"
          className="mt-drag-handle"
          aria-label={t('agenda.handle', { number, title: item.title })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowRight Alt+ArrowLeft"
          data-focus-key={`${item.id}:handle`}
          onKeyDown={onHandleKey}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <span className="mt-agenda-number">{t('agenda.top', { number })}</span>
      <span className="mt-agenda-start">{start}</span>
      <div className="mt-agenda-main">
        <p className="mt-agenda-title">{item.title}</p>
        <p className="mt-agenda-meta">
          <span className="mt-tag">{t(`agendaKind.${item.kind}`)}</span>
          {!item.isPublic && <span className="mt-tag mt-tag-private">{t('agenda.nonPublic')}</span>}
          {item.standing && <span className="mt-tag">{t('agenda.standing')}</span>}
          {item.carriedFromId && <span className="mt-tag">{t('agenda.carried')}</span>}
          {item.result !== 'open' && <span className={`mt-tag mt-result-${item.result}`}>{t(`agendaResult.${item.result}`)}</span>}
          {caseCodes.length > 0 && <span>{caseCodes.join(', ')}</span>}
          {presenter && <span>{t('agenda.presenter', { name: presenter })}</span>}
          {item.guest && <span>{t('agenda.guest', { guest: item.guest })}</span>}
          {item.interpreterLanguage && <span>{t('agenda.interpreter', { language: item.interpreterLanguage })}</span>}
          {item.affectedPersonSpeaks && <span>{t('agenda.speaks')}</span>}
        </p>
      </div>
      <span className="mt-agenda-minutes">{t('meetingRule.minutes', { count: item.plannedMinutes })}</span>
      {editable && (
        <div className="mt-agenda-actions" role="group" aria-label={t('agenda.rowActions', { number })}>
          {(['up', 'down', 'indent', 'outdent'] as const).map((move) => (
            <Button
              key={move}
              className="icon-button mt-move"
              aria-label={t(`agenda.move.${move}`, { number })}
              data-focus-key={`${item.id}:${move}`}
              onPress={() => props.onMove(move, 'button')}
            >
              <span aria-hidden="true">{MOVE_ICONS[move]}</span>
            </Button>
          ))}
          <Button className="button button-small" aria-label={t('agenda.editItem', { number })} onPress={props.onEdit}>
            {t('agenda.edit')}
          </Button>
          <Button className="button button-small button-quiet-danger" aria-label={t('agenda.removeItem', { number })} onPress={props.onRemove}>
            {t('agenda.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}
