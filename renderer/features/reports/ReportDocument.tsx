import type { ReportView } from '../../../shared/report/view';
import { ReportTableView } from './ReportTableView';

/** The report as a document: on screen and, through the print stylesheet, as the PDF. */
export function ReportDocument({ view }: { view: ReportView }) {
  const legend = view.notes[0] ?? '';
  return (
    <article className="rp-document" aria-labelledby="rp-title" lang={view.language}>
      <header className="rp-header">
        <h2 id="rp-title">{view.title}</h2>
        <p className="rp-organisation">{view.organisation}</p>
        <ul className="rp-facts">
          {view.facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        <p>{view.anonymous}</p>
      </header>
      {view.sections.map((section) => (
        <section key={section.id} className="rp-section" aria-labelledby={`rp-section-${section.id}`}>
          <h3 id={`rp-section-${section.id}`}>{section.title}</h3>
          {section.tables.map((table) => (
            <ReportTableView key={table.id} table={table} legend={legend} captionShown={table.title !== section.title} />
          ))}
          {section.remarks.map((remark) => (
            <p key={remark} className="rp-remark">
              {remark}
            </p>
          ))}
        </section>
      ))}
      <footer className="rp-footer">
        <h3>{view.notesTitle}</h3>
        <ul className="rp-notes">
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
