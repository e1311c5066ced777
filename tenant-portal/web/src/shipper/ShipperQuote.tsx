import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { nodes, query } from '../api';
import { graphql } from '../gql';
import type { ShipperQuoteQuery, ShipperQuoteProgramsQuery } from '../gql/graphql';

const ProgramsDocument = graphql(`
  query ShipperQuotePrograms {
    programs(first: 50) { edges { node { id code name lanes { mode origin { id name city } } } } }
  }
`);

const QuoteDocument = graphql(`
  query ShipperQuote($input: LaneQuoteInput!) {
    laneQuote(input: $input) {
      quote {
        lane { code } standAloneLane { code } expectedFill chargeableWeightKg transitDays
        standAlone { currency total }
        pooled { currency total }
        saving { amount currency }
        savingPercent
      }
      userErrors { field code message }
    }
  }
`);

type Quote = NonNullable<ShipperQuoteQuery['laneQuote']['quote']>;
type Program = NonNullable<NonNullable<ShipperQuoteProgramsQuery['programs']['edges']>[number]>['node'];

/** What a shipment would cost alone as courier parcels against its share of a pooled load. */
export function ShipperQuote() {
  const { t, i18n } = useTranslation();
  const [programs, setPrograms] = useState<Program[]>([]);
  const [programId, setProgramId] = useState('');
  const [hubId, setHubId] = useState('');
  const [weight, setWeight] = useState('10');
  const [quantity, setQuantity] = useState('1');
  const [quote, setQuote] = useState<Quote | undefined>();
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    query(ProgramsDocument, {}).then((data) => {
      const found = nodes(data.programs);
      setPrograms(found);
      setProgramId(found[0]?.id ?? '');
    }, () => setErrors([t('shipper.failed')]));
  }, [t]);

  const program = programs.find((candidate) => candidate.id === programId);
  const hubs = [...new Map((program?.lanes ?? []).map((lane) => [lane.origin.id, lane.origin])).values()];
  useEffect(() => setHubId(hubs[0]?.id ?? ''), [programId]); // eslint-disable-line react-hooks/exhaustive-deps

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = await query(QuoteDocument, {
      input: { programId, originHubId: hubId, pieces: [{ weightKg: weight, quantity: Number(quantity) }] },
    });
    setQuote(data.laneQuote.quote ?? undefined);
    setErrors(data.laneQuote.userErrors.map((error) => error.message));
  }

  const money = (amount: string, currency: string) =>
    new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'currency', currency }).format(Number(amount));
  return (
    <>
      <h2>{t('shipper.quote')}</h2>
      <form className="filters" onSubmit={(event) => void submit(event)}>
        <label>
          {t('shipper.program')}
          <select value={programId} onChange={(event) => setProgramId(event.target.value)}>
            {programs.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>{candidate.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shipper.from')}
          <select value={hubId} onChange={(event) => setHubId(event.target.value)}>
            {hubs.map((hub) => (
              <option key={hub.id} value={hub.id}>{hub.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('shipper.weight')}
          <input inputMode="decimal" value={weight} onChange={(event) => setWeight(event.target.value)} />
        </label>
        <label>
          {t('shipper.pieces')}
          <input inputMode="numeric" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
        </label>
        <button type="submit" disabled={!programId || !hubId}>{t('shipper.getQuote')}</button>
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="error">
          {errors.map((error) => <li key={error}>{error}</li>)}
        </ul>
      )}
      {quote && (
        <dl className="summary" data-testid="quote">
          <div>
            <dt>{t('shipper.standAlone', { lane: quote.standAloneLane.code })}</dt>
            <dd>{money(quote.standAlone.total, quote.standAlone.currency)}</dd>
          </div>
          <div>
            <dt>{t('shipper.pooled', { lane: quote.lane.code })}</dt>
            <dd>{money(quote.pooled.total, quote.pooled.currency)}</dd>
          </div>
          <div>
            <dt>{t('shipper.saving')}</dt>
            <dd>{money(quote.saving.amount, quote.saving.currency)} ({quote.savingPercent} %)</dd>
          </div>
          <div>
            <dt>{t('shipper.transit')}</dt>
            <dd>{t('shipper.days', { count: quote.transitDays })}</dd>
          </div>
        </dl>
      )}
    </>
  );
}
