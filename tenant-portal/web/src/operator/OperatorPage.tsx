import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { nodes, query } from '../api';
import { graphql } from '../gql';
import type { LoadStatus, OperatorBoardQuery, OperatorLoadDetailQuery, OperatorPlanMutation } from '../gql/graphql';

const OperatorBoardDocument = graphql(`
  query OperatorBoard {
    loads(first: 100) {
      edges {
        node {
          id reference status departureAt cutoffAt capacityKg sealException
          lane { code } carrier { name } origin { city } destination { city }
          parcels { weightKg }
          receipt { outcome }
        }
      }
    }
    hubs(first: 50) { edges { node { id code name city } } }
    programs(first: 50) { edges { node { id code name lanes { id code mode origin { id } } } } }
  }
`);

const OperatorLoadDetailDocument = graphql(`
  query OperatorLoadDetail($loadId: ID!) {
    customsDeclaration(loadId: $loadId) { status customsReference holdReason }
    costStatements(loadId: $loadId) {
      reconciliation { invoiceReference currency invoiced expected difference tolerancePercent flagged methodApplied }
      lines { shipper { name } currency share standAlonePrice saving }
    }
    node(id: $loadId) {
      ... on Load { receipt { reference outcome note recordedAt } sealNumber arrivalSeal sealException }
    }
  }
`);

const OperatorPlanDocument = graphql(`
  mutation OperatorPlan($input: LoadPlanInput!) {
    loadPlan(input: $input) {
      proposal {
        id solver status loadsUsed baselineLoadsUsed lane { code }
        loads { loadId newLoad parcelsAdded kg kgPercent }
        unplanned { parcelId reason message }
      }
      userErrors { field code message }
    }
  }
`);

const OperatorAcceptDocument = graphql(`
  mutation OperatorAccept($input: LoadPlanAcceptInput!) {
    loadPlanAccept(input: $input) {
      loads { id reference status }
      userErrors { field code message }
    }
  }
`);

type Board = OperatorBoardQuery;
type BoardLoad = NonNullable<NonNullable<Board['loads']['edges']>[number]>['node'];
type Proposal = NonNullable<OperatorPlanMutation['loadPlan']['proposal']>;

const COLUMNS: LoadStatus[] = ['PLANNING', 'CLOSED', 'DISPATCHED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVED'];

/**
 * The operator's load board: the planner's proposals to accept, loads by status with their
 * fill, and for each load its receiving discrepancies, customs status and the carrier's
 * invoice reconciled with the rate card.
 */
export function OperatorPage() {
  const { t } = useTranslation();
  const [board, setBoard] = useState<Board | undefined>();
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<BoardLoad | undefined>();

  function load() {
    query(OperatorBoardDocument, {}).then(setBoard, () => setFailed(true));
  }
  useEffect(load, []);

  const loads = board ? nodes(board.loads) : [];
  return (
    <section aria-labelledby="operator-title">
      <h1 id="operator-title">{t('operator.title')}</h1>
      {failed && <p role="alert">{t('shipper.failed')}</p>}
      {board && <Planner board={board} onAccepted={load} />}
      {board && (
        <section aria-labelledby="board-title">
          <h2 id="board-title">{t('operator.board')}</h2>
          {COLUMNS.map((status) => {
            const column = loads.filter((candidate) => candidate.status === status);
            return (
              <section key={status} aria-label={t(`loadStatus.${status}`)} className="loads">
                <h3>{t(`loadStatus.${status}`)} ({column.length})</h3>
                <ul>
                  {column.map((candidate) => (
                    <BoardItem key={candidate.id} load={candidate} onOpen={() => setSelected(candidate)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
      {selected && <LoadDetail load={selected} />}
    </section>
  );
}

function BoardItem({ load, onOpen }: { load: BoardLoad; onOpen: () => void }) {
  const { t } = useTranslation();
  const kg = load.parcels.reduce((sum, parcel) => sum + Number(parcel.weightKg), 0);
  const capacity = Number(load.capacityKg);
  const discrepancies = load.receipt.filter((line) => line.outcome !== 'RECEIVED').length;
  return (
    <li className="load" data-testid={`board-${load.reference}`}>
      <h4>{load.reference}</h4>
      <p>
        {load.origin?.city} → {load.destination?.city} · {load.lane?.code} · {load.carrier?.name}
      </p>
      <p>
        <label>
          {t('operator.fill', { kg: kg.toFixed(1), capacity: capacity.toFixed(0) })}{' '}
          <meter min={0} max={capacity || 1} value={kg} />
        </label>
      </p>
      {(discrepancies > 0 || load.sealException) && (
        <p className="error">{t('operator.discrepancies', { count: discrepancies })}{load.sealException ? ` · ${t('operator.seal')}` : ''}</p>
      )}
      <button type="button" className="secondary" onClick={onOpen}>
        {t('operator.details', { load: load.reference })}
      </button>
    </li>
  );
}

function Planner({ board, onAccepted }: { board: Board; onAccepted: () => void }) {
  const { t } = useTranslation();
  const hubs = nodes(board.hubs);
  const programs = nodes(board.programs);
  const [hubId, setHubId] = useState(hubs[0]?.id ?? '');
  const [programId, setProgramId] = useState(programs[0]?.id ?? '');
  const [capacityKg, setCapacityKg] = useState('2000');
  const [capacityM3, setCapacityM3] = useState('30');
  const [departure, setDeparture] = useState(() => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  const [laneId, setLaneId] = useState('');
  const [proposal, setProposal] = useState<Proposal | undefined>();
  // The program's consolidated lanes from the hub (a PARCEL lane is the courier baseline):
  // the planner needs one named only when there are several.
  const lanes = (programs.find((program) => program.id === programId)?.lanes ?? []).filter(
    (lane) => lane.origin.id === hubId && lane.mode !== 'PARCEL',
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [accepted, setAccepted] = useState('');

  async function plan(event: FormEvent) {
    event.preventDefault();
    setAccepted('');
    const departureAt = new Date(`${departure}T18:00:00Z`);
    const data = await query(OperatorPlanDocument, {
      input: {
        hubId, programId, maxNewLoads: 3, timeLimitSeconds: 2,
        laneId: lanes.length > 1 ? laneId || null : null,
        newLoadCapacityKg: capacityKg, newLoadCapacityM3: capacityM3,
        newLoadDepartureAt: departureAt.toISOString(),
        newLoadCutoffAt: new Date(departureAt.getTime() - 8 * 3_600_000).toISOString(),
      },
    });
    setProposal(data.loadPlan.proposal ?? undefined);
    setErrors(data.loadPlan.userErrors.map((error) => error.message));
  }

  async function accept(current: Proposal) {
    const data = await query(OperatorAcceptDocument, { input: { proposalId: current.id } });
    const errorMessages = data.loadPlanAccept.userErrors.map((error) => error.message);
    setErrors(errorMessages);
    if (data.loadPlanAccept.loads) {
      setProposal(undefined);
      setAccepted(t('operator.accepted', { loads: data.loadPlanAccept.loads.map((created) => created.reference).join(', ') }));
      onAccepted();
    }
  }

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('operator.plan')}</h2>
      <form className="filters" onSubmit={(event) => void plan(event)}>
        <label>
          {t('operator.hub')}
          <select value={hubId} onChange={(event) => setHubId(event.target.value)}>
            {hubs.map((hub) => <option key={hub.id} value={hub.id}>{hub.name}</option>)}
          </select>
        </label>
        <label>
          {t('shipper.program')}
          <select value={programId} onChange={(event) => setProgramId(event.target.value)}>
            {programs.map((program) => <option key={program.id} value={program.id}>{program.name}</option>)}
          </select>
        </label>
        {lanes.length > 1 && (
          <label>
            {t('operator.lane')}
            <select value={laneId} onChange={(event) => setLaneId(event.target.value)}>
              <option value="">{t('operator.chooseLane')}</option>
              {lanes.map((lane) => <option key={lane.id} value={lane.id}>{lane.code}</option>)}
            </select>
          </label>
        )}
        <label>
          {t('operator.capacityKg')}
          <input inputMode="decimal" value={capacityKg} onChange={(event) => setCapacityKg(event.target.value)} />
        </label>
        <label>
          {t('operator.capacityM3')}
          <input inputMode="decimal" value={capacityM3} onChange={(event) => setCapacityM3(event.target.value)} />
        </label>
        <label>
          {t('operator.departure')}
          <input type="date" value={departure} onChange={(event) => setDeparture(event.target.value)} />
        </label>
        <button type="submit" disabled={!hubId || !programId || (lanes.length > 1 && !laneId)}>{t('operator.propose')}</button>
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="error">
          {errors.map((error) => <li key={error}>{error}</li>)}
        </ul>
      )}
      {accepted && <p role="status" className="confirmation">{accepted}</p>}
      {proposal && (
        <div className="card" data-testid="proposal">
          <h3>{t('operator.proposal', { lane: proposal.lane.code })}</h3>
          <p>{t('operator.proposalSummary', { loads: proposal.loadsUsed, baseline: proposal.baselineLoadsUsed, solver: proposal.solver, status: proposal.status })}</p>
          <ul>
            {proposal.loads.map((fill, index) => (
              <li key={index}>
                {fill.loadId ? t('operator.existingLoad') : t('operator.newLoad', { number: fill.newLoad })}:{' '}
                {t('operator.fillLine', { parcels: fill.parcelsAdded, kg: fill.kg, percent: fill.kgPercent })}
              </li>
            ))}
          </ul>
          {proposal.unplanned.length > 0 && (
            <p>{t('operator.unplanned', { count: proposal.unplanned.length })}: {proposal.unplanned.map((item) => item.message ?? item.reason).join('; ')}</p>
          )}
          {proposal.loads.length > 0 && (
            <button type="button" onClick={() => void accept(proposal)}>{t('operator.accept')}</button>
          )}
        </div>
      )}
    </section>
  );
}

function LoadDetail({ load }: { load: BoardLoad }) {
  const { t, i18n } = useTranslation();
  const [detail, setDetail] = useState<OperatorLoadDetailQuery | undefined>();
  useEffect(() => {
    setDetail(undefined);
    void query(OperatorLoadDetailDocument, { loadId: load.id }).then(setDetail);
  }, [load.id]);
  if (!detail) return <p role="status">{t('carrier.loading')}</p>;
  const receipt = detail.node && 'receipt' in detail.node ? detail.node : undefined;
  const reconciliation = detail.costStatements.reconciliation;
  const money = (amount: string, currency: string) =>
    new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'currency', currency }).format(Number(amount));
  return (
    <section aria-labelledby="detail-title" className="card" data-testid="load-detail">
      <h2 id="detail-title">{load.reference}</h2>
      <h3>{t('operator.receiving')}</h3>
      {receipt && receipt.receipt.length > 0 ? (
        <ul>
          {receipt.receipt.map((line, index) => (
            <li key={index}>{line.reference ?? t('operator.unlabelled')}: {t(`receipt.${line.outcome}`)}{line.note ? ` (${line.note})` : ''}</li>
          ))}
        </ul>
      ) : (
        <p>{t('operator.notReceived')}</p>
      )}
      {receipt?.sealException && <p className="error">{t('operator.sealMismatch', { left: receipt.sealNumber, arrived: receipt.arrivalSeal })}</p>}
      <h3>{t('operator.customs')}</h3>
      <p>
        {detail.customsDeclaration
          ? `${t(`declaration.${detail.customsDeclaration.status}`)}${detail.customsDeclaration.customsReference ? ` · ${detail.customsDeclaration.customsReference}` : ''}${detail.customsDeclaration.holdReason ? ` · ${detail.customsDeclaration.holdReason}` : ''}`
          : t('operator.noDeclaration')}
      </p>
      <h3>{t('operator.invoice')}</h3>
      {reconciliation ? (
        <p className={reconciliation.flagged ? 'error' : undefined}>
          {t('operator.reconciliation', {
            reference: reconciliation.invoiceReference,
            invoiced: money(reconciliation.invoiced, reconciliation.currency),
            expected: money(reconciliation.expected, reconciliation.currency),
            difference: money(reconciliation.difference, reconciliation.currency),
          })}
          {reconciliation.flagged ? ` · ${t('operator.flagged', { tolerance: reconciliation.tolerancePercent })}` : ''}
        </p>
      ) : (
        <p>{t('operator.noInvoice')}</p>
      )}
    </section>
  );
}
