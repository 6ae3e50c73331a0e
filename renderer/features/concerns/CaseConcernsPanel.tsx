import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { listCaseConcerns, listConcernSuggestions } from '../../db/queries/concerns';
import { setCaseConcernLink } from '../../db/repositories/concerns';
import { selectShowCasesView } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { topicLabel } from '../cases/labels';
import { selectSelectConcern, useConcernsView } from './concernsStore';
import './concerns.css';

/**
 * On a case's page: the Anliegen it is linked to (each opens the concern's page, or is
 * unlinked), and the concerns the app suggests from shared topic areas and block categories —
 * linking one takes one click. Links are stored in the case's concernIds.
 */
export function CaseConcernsPanel({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const linked = useLiveQuery(() => listCaseConcerns(caseId), [caseId]);
  const suggestions = useLiveQuery(() => listConcernSuggestions(caseId), [caseId]);
  const showCasesView = useAppStore(selectShowCasesView);
  const selectConcern = useConcernsView(selectSelectConcern);
  const [error, setError] = useState<AppError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function link(concernId: string, title: string, isLinked: boolean): Promise<void> {
    const result = await setCaseConcernLink(caseId, concernId, isLinked);
    if (!result.ok) setError(result.error);
    else setAnnouncement(isLinked ? t('concerns.linked', { title }) : '');
  }

  function open(concernId: string): void {
    selectConcern(concernId);
    showCasesView('concerns');
  }

  if (linked === undefined || suggestions === undefined) return null;
  return (
    <section className="panel case-concerns" aria-labelledby="case-concerns-title">
      <h3 id="case-concerns-title" className="panel-title">
        {t('concerns.caseSection')}
      </h3>
      {linked.length === 0 ? (
        <p className="field-hint">{t('concerns.caseNone')}</p>
      ) : (
        <ul aria-label={t('concerns.caseLinked')}>
          {linked.map((concern) => (
            <li key={concern.id}>
              <Button className="button button-quiet" aria-label={t('concerns.openConcern', { title: concern.title })} onPress={() => open(concern.id)}>
                {concern.title}
              </Button>
              {canEdit && (
                <Button
                  className="button button-small button-quiet"
                  aria-label={t('concerns.unlinkLabel', { title: concern.title })}
                  onPress={() => void link(concern.id, concern.title, false)}
                >
                  {t('concerns.unlink')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && suggestions.length > 0 && (
        <>
          <h4 className="field-label">{t('concerns.suggestions')}</h4>
          <ul aria-label={t('concerns.suggestions')}>
            {suggestions.map((s) => {
              const reasons = [
                ...s.sharedTopics.map((topic) => topicLabel(t, topic)),
                ...s.sharedBlockCategories.map((category) => t('concerns.blockedIn', { category: t(`followUps.category.${category}`) })),
              ].join(', ');
              return (
                <li key={s.concernId}>
                  <span>{s.title}</span>
                  <span className="field-hint">{t('concerns.suggestionReason', { reasons })}</span>
                  <Button className="button button-small" aria-label={t('concerns.linkLabel', { title: s.title })} onPress={() => void link(s.concernId, s.title, true)}>
                    {t('concerns.link')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
