import type { DirectoryImport } from '@shared/public-directory/public-directory';
import type { MessageKey } from '../../i18n/fr';
import { t } from '../../i18n/t';
import { frenchCount } from './use-directory-status';

/** What the last import read, repaired or could not read, with examples: nothing is dropped without a word. */
export function DirectoryReport({ entry }: { entry: DirectoryImport }) {
  if (entry.outcome === 'failed') return <p className="field-error" role="alert">{t('directory.report.failed', { name: entry.fileName, error: entry.error ?? '' })}</p>;
  if (entry.outcome === 'cancelled') return <p>{t('directory.report.cancelled', { name: entry.fileName })}</p>;
  const report = entry.report;
  if (!report) return null;
  return (
    <div className="directory-report">
      <p>{t('directory.report.rows', { rows: frenchCount(report.rowsRead), skipped: frenchCount(report.rowsSkipped) })}</p>
      {report.problems.length > 0 ? (
        <ul>
          {report.problems.map((problem) => (
            <li key={problem.kind}>
              <strong>{frenchCount(problem.count)}</strong> × {problem.label}
              {problem.examples.length > 0 ? <div className="field-hint">{t('directory.report.examples', { examples: problem.examples.join(' ; ') })}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.unknownColumns.length > 0 ? <p className="field-hint">{t('directory.report.unknownColumns', { columns: report.unknownColumns.join(', ') })}</p> : null}
      {report.missingColumns.length > 0 ? <p className="field-hint">{t('directory.report.missingColumns', { columns: report.missingColumns.map((field) => t(`directory.field.${field}` satisfies MessageKey)).join(', ') })}</p> : null}
    </div>
  );
}
