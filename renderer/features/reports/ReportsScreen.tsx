import './reports.css';
import './print.css';
import { useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import type { PolicyReport } from '../../../shared/report/model';
import { reportView } from '../../../shared/report/view';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readYellowDays } from '../../db/repositories/settings';
import { useLanguage } from '../../i18n/useLanguage';
import { useToday } from '../followUps/useToday';
import { ReportDocument } from './ReportDocument';
import { choiceProblems, ReportForm, type ChoiceProblems, type ReportChoice } from './ReportForm';
import { saveReport, type ReportOutput } from './saveReport';
import { buildReportInWorker } from './worker/client';

const OUTPUTS: readonly ReportOutput[] = ['pdf', 'csv', 'markdown', 'json'];

/** The year so far: from 1 January to today. */
function defaultChoice(today: string): ReportChoice {
  return { from: `${today.slice(0, 4)}-01-01`, to: today, scope: 'all', topics: [], k: 3 };
}

function sameChoice(a: ReportChoice, b: ReportChoice): boolean {
  return a.from === b.from && a.to === b.to && a.k === b.k && a.scope === b.scope && (a.scope === 'all' || a.topics.join() === b.topics.join());
}

/**
 * Berichte: choose a period, the topic areas and k, build the anonymised report in a
 * Worker, read it here as tables with bar charts, and save it as PDF, CSV (zip),
 * Markdown or JSON.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const [choice, setChoice] = useState<ReportChoice>(() => defaultChoice(today));
  const [problems, setProblems] = useState<ChoiceProblems>({});
  const [built, setBuilt] = useState<{ report: PolicyReport; choice: ReportChoice } | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept as a key, so the message follows a change of language.
  const [status, setStatus] = useState<{ key: 'building' | 'built' | 'saved' | 'printed'; name?: string } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);
  const view = useMemo(() => (built ? reportView(built.report, language) : null), [built, language]);

  const build = async () => {
    const found = choiceProblems(choice);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    setStatus({ key: 'building' });
    const request = { from: choice.from, to: choice.to, topics: choice.scope === 'all' ? ('all' as const) : [...choice.topics], k: choice.k, yellowDays: await readYellowDays() };
    const result = await buildReportInWorker(request);
    // Only the answer to the newest request counts.
    if (ticket !== latest.current) return;
    setBusy(false);
    if (!result.ok) {
      setStatus(null);
      setError(result.error);
      return;
    }
    setBuilt({ report: result.data.report, choice });
    setStatus({ key: 'built' });
  };

  const save = (output: ReportOutput) => {
    if (!built || !view) return;
    const { from, to } = built.report.options;
    const baseName = t('reports.fileName', { from, to });
    void saveReport(output, built.report, view, baseName).then((result) => {
      if (!result.ok) {
        if (result.error.code !== 'file/cancelled') setError(result.error);
        return;
      }
      if (result.data.saved) setStatus({ key: 'saved', name: result.data.fileName ?? baseName });
      else if (output === 'pdf') setStatus({ key: 'printed' });
    });
  };

  return (
    <div className="rp-screen">
      <p className="rp-intro no-print">{t('reports.intro')}</p>
      <ReportForm choice={choice} problems={problems} busy={busy} onChange={setChoice} onBuild={() => void build()} />
      <p role="status" className="rp-status no-print">
        {status && t(`reports.${status.key}`, { name: status.name })}
      </p>
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {built && view && (
        <>
          {!sameChoice(built.choice, choice) && <p className="form-note no-print">{t('reports.stale')}</p>}
          <div className="rp-actions no-print" role="group" aria-label={t('reports.save')}>
            {OUTPUTS.map((output) => (
              <Button key={output} className={output === 'pdf' ? 'button button-primary' : 'button'} onPress={() => save(output)}>
                {t(`reports.${output}`)}
              </Button>
            ))}
          </div>
          <ReportDocument view={view} />
        </>
      )}
    </div>
  );
}
