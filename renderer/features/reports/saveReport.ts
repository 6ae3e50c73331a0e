import type { Result } from '../../../shared/errors/result';
import type { SaveOutcome } from '../../../shared/ipc/contract';
import { reportCsvFiles, reportJson, reportMarkdown } from '../../../shared/report/formats';
import type { PolicyReport } from '../../../shared/report/model';
import type { ReportView } from '../../../shared/report/view';
import { zipReportFiles } from '../../../shared/report/zip';
import { getPlatform } from '../../platform';

/** The ways a report leaves the app. */
export type ReportOutput = 'pdf' | 'csv' | 'markdown' | 'json';

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Saves the report as a file the user chooses (a download in web mode), or prints it
 * to PDF through the same print path as the other documents: the print stylesheet
 * shows the report alone.
 */
export function saveReport(output: ReportOutput, report: PolicyReport, view: ReportView, baseName: string): Promise<Result<SaveOutcome>> {
  const platform = getPlatform();
  switch (output) {
    case 'pdf':
      return platform.printToPdf({ suggestedName: baseName, landscape: false });
    case 'csv':
      return platform.saveFile({ suggestedName: baseName, kind: 'zip', data: zipReportFiles(reportCsvFiles(view)) });
    case 'markdown':
      return platform.saveFile({ suggestedName: baseName, kind: 'markdown', data: encode(reportMarkdown(view)) });
    case 'json':
      return platform.saveFile({ suggestedName: baseName, kind: 'json', data: encode(reportJson(view, report)) });
  }
}
