import { useState } from 'react';
import { formatEuros } from '@shared/money/euros';
import { useChannelQuery } from '../../api/queries';
import { SelectField, type Option } from '../../components/select-field';
import { t, tp } from '../../i18n/t';
import { LoadState } from '../invoicing/components/load-state';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const YEARS_SHOWN = 6;

/** Months first (« mai »), then quarters (« 2e trimestre »): the two ways URSSAF lets one declare. */
const PERIODS: ReadonlyArray<Option<string>> = [
  ...MONTHS.map((month, index) => ({ value: String(index + 1).padStart(2, '0'), label: month })),
  ...[1, 2, 3, 4].map((n) => ({ value: `T${n}`, label: n === 1 ? t('exports.turnover.firstQuarter') : t('exports.turnover.quarter', { n }) })),
];

/** « Chiffre d’affaires à déclarer » for a month or a quarter: receipts actually received, goods and services apart. */
export function TurnoverSection({ today }: { today: string }) {
  const year = Number(today.slice(0, 4));
  const [chosenYear, setChosenYear] = useState(String(year));
  const [chosenPeriod, setChosenPeriod] = useState(today.slice(5, 7));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => String(year - i)).map((value) => ({ value, label: value }));
  const turnover = useChannelQuery('exports:turnover', { period: `${chosenYear}-${chosenPeriod}` });
  const value = turnover.data;
  return (
    <section className="card" aria-labelledby="exports-turnover">
      <h2 id="exports-turnover">{t('exports.turnover.title')}</h2>
      <p>{t('exports.turnover.text')}</p>
      <div className="records-actions">
        <SelectField name="turnoverYear" label={t('exports.turnover.year')} value={chosenYear} options={years} onChange={setChosenYear} />
        <SelectField name="turnoverPeriod" label={t('exports.turnover.period')} value={chosenPeriod} options={PERIODS} onChange={setChosenPeriod} />
      </div>
      <LoadState isLoading={turnover.isPending} error={turnover.error} />
      {value ? (
        <div role="status" data-testid="turnover">
          <p className="turnover-declared">{t('exports.turnover.declared', { label: value.label, amount: formatEuros(value.declaredCents) })}</p>
          <dl className="turnover-figures">
            <dt>{t('exports.turnover.goods')}</dt>
            <dd>{formatEuros(value.goodsCents)}</dd>
            <dt>{t('exports.turnover.services')}</dt>
            <dd>{formatEuros(value.servicesCents)}</dd>
          </dl>
          <p className="muted">
            {tp('exports.turnover.receipts', value.totals.count)} {t(value.isVatFranchise ? 'exports.turnover.franchise' : 'exports.turnover.exclVat')}
          </p>
          {value.assumedServicesCents > 0 ? <p className="notice">{t('exports.turnover.assumed', { amount: formatEuros(value.assumedServicesCents) })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
