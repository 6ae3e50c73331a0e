import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { agendaDocLabels, invitationHeader, invitationRows, minutesDocument, type PrintChoice } from './documents';
import { MarkdownView } from './MarkdownView';
import type { MeetingData } from './useMeetingData';

/** The Einladung (public or internal) or the Protokoll, as a document to read, print or save as PDF. */
export function PrintDocument({ data, choice }: { data: MeetingData; choice: PrintChoice }) {
  const { t } = useTranslation();
  if (choice.document === 'minutes') {
    return (
      <article className="mt-document">
        <MarkdownView text={minutesDocument(data, choice, t)} />
      </article>
    );
  }
  const variant = choice.document;
  const header = invitationHeader(data.meeting, variant, t);
  const labels = agendaDocLabels(t);
  return (
    <article className="mt-document">
      <h1>{header.title}</h1>
      {header.facts.map((fact) => (
        <p key={fact} className="mt-document-fact">
          {fact}
        </p>
      ))}
      <h2>{t('meetingDocs.agenda')}</h2>
      <ol className="mt-document-agenda">
        {invitationRows(data, choice, t).map((row, index) =>
          row.kind === 'non-public' ? (
            <li key={`np-${index}`} className="mt-document-row mt-document-nonpublic">
              {labels.nonPublicPart}
            </li>
          ) : (
            <li key={`${row.number}-${index}`} className={`mt-document-row mt-depth-${Math.min(row.depth, 4)}`}>
              <span className="mt-document-number">{t('agenda.top', { number: row.number })}</span>
              <span className="mt-document-title">{row.title}</span>
              {row.start && (
                <span className="mt-document-time">
                  {row.start} · {row.minutes} {labels.minutes}
                </span>
              )}
              {row.details.length > 0 && (
                <ul className="mt-document-details">
                  {row.details.map((detail, i) => (
                    <li key={i}>{detail}</li>
                  ))}
                </ul>
              )}
            </li>
          ),
        )}
      </ol>
    </article>
  );
}

/**
 * A copy of the document directly under <body>, shown only when printing: print.css
 * hides everything else, so the PDF holds the document and nothing of the app.
 */
export function PrintOnlyCopy({ data, choice }: { data: MeetingData; choice: PrintChoice }) {
  return createPortal(
    <div className="mt-print-only">
      <PrintDocument data={data} choice={choice} />
    </div>,
    document.body,
  );
}
