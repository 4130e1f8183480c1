import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatShortDate } from '@shared/dates/french-dates';
import { formatEuros } from '@shared/money/euros';
import { ReceiptsPeriod, type ReceiptsBook } from '@shared/receipts/receipts-book';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { FormDateField } from '../../forms/form-fields';
import { fieldNouns } from '../../forms/field-nouns';
import { formSchema } from '../../forms/form-schema';
import { t, tp } from '../../i18n/t';
import { LoadState } from '../invoicing/components/load-state';
import { LaunchButton } from './launch-button';
import { TaskStatus } from './task-status';
import { useTaskRun } from './use-task-run';

const nounOf = fieldNouns({ from: 'noun.periodStart', to: 'noun.periodEnd' });
const schema = formSchema<ReceiptsPeriod, ReceiptsPeriod>({ schema: ReceiptsPeriod, nounOf, toInput: (values) => values });

/**
 * « Livre des recettes »: the receipts of a period on screen, and the same as a PDF or CSV file. The
 * period starts on the first of January of the app's year and ends today.
 */
export function ReceiptsBookSection({ today }: { today: string }) {
  const initial: ReceiptsPeriod = { from: `${today.slice(0, 4)}-01-01`, to: today };
  const [period, setPeriod] = useState(initial);
  const form = useForm<ReceiptsPeriod, unknown, ReceiptsPeriod>({ defaultValues: initial, resolver: zodResolver(schema) });
  const book = useChannelQuery('receipts:book', period);
  const exportBook = useChannelMutation('exports:receiptsBook');
  const run = useTaskRun();
  const isBusy = exportBook.isPending || run.isRunning;

  const show = form.handleSubmit((values) => setPeriod(values));
  const exportAs = (format: 'pdf' | 'csv') =>
    form.handleSubmit(async (values) => {
      setPeriod(values);
      run.follow(await exportBook.mutateAsync({ ...values, format }), '');
    })();

  return (
    <section className="card" aria-labelledby="exports-book">
      <h2 id="exports-book">{t('exports.book.title')}</h2>
      <p>{t('exports.book.text')}</p>
      <form onSubmit={(event) => void show(event)} noValidate className="records-actions" aria-label={t('exports.book.title')}>
        <FormDateField control={form.control} name="from" label={t('exports.book.from')} />
        <FormDateField control={form.control} name="to" label={t('exports.book.to')} />
        <div className="field">
          <button type="submit" className="button primary">{t('exports.book.show')}</button>
        </div>
      </form>
      <div className="records-actions">
        <LaunchButton label={t('exports.book.pdf')} isBusy={isBusy} onLaunch={() => exportAs('pdf')} />
        <LaunchButton label={t('exports.book.csv')} isBusy={isBusy} onLaunch={() => exportAs('csv')} />
      </div>
      <TaskStatus run={run} label={t('exports.book.title')} testId="receipts-export-status" />
      <LoadState isLoading={book.isPending} error={book.error} />
      {book.data ? <ReceiptsTable book={book.data} /> : null}
    </section>
  );
}

function ReceiptsTable({ book }: { book: ReceiptsBook }) {
  const caption = t('exports.book.caption', { from: formatShortDate(book.period.from), to: formatShortDate(book.period.to) });
  if (book.receipts.length === 0) return <p role="status">{`${caption} : ${t('exports.book.empty')}`}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="receipts-book">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exports.book.column.date')}</th>
            <th scope="col">{t('exports.book.column.customer')}</th>
            <th scope="col">{t('exports.book.column.nature')}</th>
            <th scope="col" className="num">{t('exports.book.column.amount')}</th>
            <th scope="col">{t('exports.book.column.means')}</th>
            <th scope="col">{t('exports.book.column.invoice')}</th>
          </tr>
        </thead>
        <tbody>
          {book.receipts.map((receipt) => (
            <tr key={receipt.paymentId}>
              <th scope="row">{formatShortDate(receipt.date)}</th>
              <td>{receipt.customer}</td>
              <td>{receipt.nature}</td>
              <td className="num">{formatEuros(receipt.amountCents)}</td>
              <td>{receipt.means}</td>
              <td>{receipt.invoiceNumber}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={6}>{tp('exports.book.total', book.totals.count, { amount: formatEuros(book.totals.receivedCents) })}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
