import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { nodes, query } from '../api';
import { graphql } from '../gql';
import type { ReturnStatus, ShipperReturnsQuery } from '../gql/graphql';
import { ReturnEvents } from './ReturnEvents';

const ShipperReturnsDocument = graphql(`
  query ShipperReturns($filter: ReturnFilter, $after: String) {
    returns(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id rmaNumber status reason createdAt trackingCode originCity originCountry program { id code } } }
    }
    programs(first: 50) { edges { node { id code name } } }
  }
`);

type Row = NonNullable<NonNullable<ShipperReturnsQuery['returns']['edges']>[number]>['node'];

const STATUSES: ReturnStatus[] = ['REQUESTED', 'APPROVED', 'IN_TRANSIT', 'RECEIVED', 'CLOSED', 'DECLINED', 'CANCELED'];

/** The shipper's returns, newest first, filtered by status, program and creation date; paged by cursor. */
export function ShipperReturns() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const [programId, setProgramId] = useState('');
  const [from, setFrom] = useState('');
  const [rows, setRows] = useState<Row[] | undefined>();
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [programs, setPrograms] = useState<{ id: string; code: string; name: string }[]>([]);
  const [failed, setFailed] = useState(false);
  // The return whose events show below the table: wide tables scroll sideways on a phone, a
  // panel inside one would scroll away with them.
  const [open, setOpen] = useState<{ id: string; rma: string } | undefined>();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (open) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  function load(after: string | null) {
    const filter = {
      status: status ? [status as ReturnStatus] : null,
      programId: programId || null,
      createdFrom: from ? new Date(`${from}T00:00:00`).toISOString() : null,
    };
    query(ShipperReturnsDocument, { filter, after })
      .then((data) => {
        setRows((previous) => [...(after ? (previous ?? []) : []), ...nodes(data.returns)]);
        setTotal(data.returns.totalCount);
        setNext(data.returns.pageInfo.hasNextPage ? (data.returns.pageInfo.endCursor ?? null) : null);
        setPrograms(nodes(data.programs));
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }

  useEffect(() => load(null), [status, programId, from]); // eslint-disable-line react-hooks/exhaustive-deps

  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  return (
    <>
      <h2>{t('shipper.returns')}</h2>
      <div className="filters">
        <label>
          {t('shipper.status')}
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('shipper.all')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>{t(`returnStatus.${value}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shipper.program')}
          <select value={programId} onChange={(event) => setProgramId(event.target.value)}>
            <option value="">{t('shipper.all')}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>{program.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shipper.createdFrom')}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
      </div>
      {failed && <p role="alert">{t('shipper.failed')}</p>}
      {rows && (
        <>
          <p role="status" data-testid="return-count">{t('shipper.count', { count: total })}</p>
          <div className="table-wrap">
            <table data-testid="returns">
              <thead>
                <tr>
                  <th scope="col">{t('shipper.rma')}</th>
                  <th scope="col">{t('shipper.status')}</th>
                  <th scope="col">{t('shipper.program')}</th>
                  <th scope="col">{t('shipper.origin')}</th>
                  <th scope="col">{t('shipper.created')}</th>
                  <th scope="col">{t('shipper.tracking')}</th>
                  <th scope="col">{t('shipper.events')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{row.rmaNumber}</td>
                    <td>{t(`returnStatus.${row.status}`)}</td>
                    <td>{row.program.code}</td>
                    <td>{row.originCity}, {row.originCountry}</td>
                    <td>{date.format(new Date(row.createdAt))}</td>
                    <td><Link to={`/track/${row.trackingCode}`}>{row.trackingCode}</Link></td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={open?.id === row.id}
                        aria-controls="return-events"
                        aria-label={t(open?.id === row.id ? 'shipper.hideEvents' : 'shipper.showEvents', { rma: row.rmaNumber })}
                        onClick={() => setOpen(open?.id === row.id ? undefined : { id: row.id, rma: row.rmaNumber })}
                      >
                        {t('shipper.events')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {next && (
            <button type="button" className="secondary" onClick={() => load(next)}>
              {t('shipper.more')}
            </button>
          )}
          <section id="return-events" ref={panel} aria-live="polite" className="card" hidden={!open}>
            {open && (
              <>
                <h3>{t('shipper.eventsOf', { rma: open.rma })}</h3>
                <ReturnEvents returnId={open.id} rma={open.rma} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
