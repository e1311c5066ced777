import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

import { download, nodes, query } from '../api';
import { graphql } from '../gql';
import type { ShipperLoadCostsQuery, ShipperLoadsQuery } from '../gql/graphql';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const ShipperLoadsDocument = graphql(`
  query ShipperLoads {
    loads(first: 50) {
      edges {
        node {
          id reference status departureAt
          lane { code mode }
          origin { city } destination { city }
          parcels { id reference weightKg }
        }
      }
    }
  }
`);

const ShipperLoadCostsDocument = graphql(`
  query ShipperLoadCosts($loadId: ID!) {
    costStatements(loadId: $loadId) { lines { currency chargeableKg share standAlonePrice saving } }
    commercialInvoice(loadId: $loadId) { number currency totalValue { amount currency } pdfUrl }
  }
`);

type Load = NonNullable<NonNullable<ShipperLoadsQuery['loads']['edges']>[number]>['node'];
type Costs = ShipperLoadCostsQuery;

/**
 * The loads the shipper's parcels travel in, each with its own cost line (share against
 * what the parcels would have cost alone), its commercial invoices to download, and the
 * savings of every costed load as a chart.
 */
export function ShipperLoads() {
  const { t, i18n } = useTranslation();
  const [loads, setLoads] = useState<Load[] | undefined>();
  const [costs, setCosts] = useState<Record<string, Costs>>({});
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    query(ShipperLoadsDocument, {})
      .then(async (data) => {
        const found = nodes(data.loads);
        setLoads(found);
        const answers = await Promise.all(found.map((load) => query(ShipperLoadCostsDocument, { loadId: load.id })));
        setCosts(Object.fromEntries(found.map((load, index) => [load.id, answers[index]!])));
      })
      .catch(() => setFailed(true));
  }, []);

  const money = (amount: string, currency: string) =>
    new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'currency', currency }).format(Number(amount));
  const costed = useMemo(
    () =>
      (loads ?? []).flatMap((load) => {
        const line = costs[load.id]?.costStatements.lines[0];
        return line ? [{ load, line }] : [];
      }),
    [loads, costs],
  );
  const chartRows = useMemo(
    () => costed.map(({ load, line }) => ({ label: load.reference, pooled: Number(line.share), alone: Number(line.standAlonePrice) })),
    [costed],
  );

  return (
    <>
      <h2>{t('shipper.loads')}</h2>
      {failed && <p role="alert">{t('shipper.failed')}</p>}
      {costed.length > 0 && (
        <section aria-labelledby="savings-title">
          <h3 id="savings-title">{t('shipper.savings')}</h3>
          <SavingsChart rows={chartRows} />
          <table data-testid="savings">
            <caption>{t('shipper.savingsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shipper.load')}</th>
                <th scope="col">{t('shipper.share')}</th>
                <th scope="col">{t('shipper.alone')}</th>
                <th scope="col">{t('shipper.saving')}</th>
              </tr>
            </thead>
            <tbody>
              {costed.map(({ load, line }) => (
                <tr key={load.id}>
                  <td>{load.reference}</td>
                  <td>{money(line.share, line.currency)}</td>
                  <td>{money(line.standAlonePrice, line.currency)}</td>
                  <td>{money(line.saving, line.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {loads?.map((load) => (
        <article key={load.id} className="card" data-testid={`shipper-load-${load.reference}`} aria-labelledby={`load-${load.id}`}>
          <h3 id={`load-${load.id}`}>{load.reference}</h3>
          <p>
            {load.origin?.city} → {load.destination?.city} · {load.lane?.code} · {t(`loadStatus.${load.status}`)}
          </p>
          <p>{t('shipper.yourParcels')}: {load.parcels.map((parcel) => parcel.reference).join(', ')}</p>
          {(costs[load.id]?.commercialInvoice ?? []).map((invoice) => (
            <button
              key={invoice.number}
              type="button"
              className="secondary"
              onClick={() => void download(invoice.pdfUrl, `${invoice.number}.pdf`)}
            >
              {t('shipper.invoice', { number: invoice.number })}
            </button>
          ))}
        </article>
      ))}
    </>
  );
}

/** Pooled share against stand-alone price per load, with the numbers also in the table below. */
function SavingsChart({ rows }: { rows: { label: string; pooled: number; alone: number }[] }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.label),
        datasets: [
          { label: t('shipper.alone'), data: rows.map((row) => row.alone), backgroundColor: '#8a9a94' },
          { label: t('shipper.share'), data: rows.map((row) => row.pooled), backgroundColor: '#0f5b4a' },
        ],
      },
      options: { responsive: true, animation: false },
    });
    return () => chart.destroy();
  }, [rows, t]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={t('shipper.savingsChart')} />
    </div>
  );
}
