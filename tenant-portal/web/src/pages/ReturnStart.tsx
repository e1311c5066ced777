import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { GraphQlError, publicQuery } from '../api';
import { graphql } from '../gql';
import type { ItemCondition, ReturnReason, SelfServiceShipperQuery } from '../gql/graphql';

const SelfServiceShipperDocument = graphql(`
  query SelfServiceShipper($handle: String!) {
    selfServiceShipper(handle: $handle) {
      shipper { handle name privacyNoticeUrl privacyNoticeText reasons countries }
      userErrors { code }
    }
  }
`);

const SelfServiceReturnStartDocument = graphql(`
  mutation SelfServiceReturnStart($input: SelfServiceReturnStartInput!) {
    selfServiceReturnStart(input: $input) {
      started { trackingCode rmaNumber labelUrl trackUrl }
      userErrors { field code message }
    }
  }
`);

type Shipper = NonNullable<NonNullable<SelfServiceShipperQuery['selfServiceShipper']>['shipper']>;

const CONDITIONS: ItemCondition[] = ['NEW', 'OPENED', 'USED', 'DAMAGED', 'DEFECTIVE'];

type Item = {
  key: number;
  sku: string;
  description: string;
  hsCode: string;
  originCountry: string;
  quantity: string;
  unitValue: string;
  currency: string;
  weightKg: string;
  condition: ItemCondition;
};

type Form = {
  reason: ReturnReason | '';
  reasonNote: string;
  name: string;
  email: string;
  phone: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  region: string;
  countryCode: string;
  consent: boolean;
};

type Started = { trackingCode: string; rmaNumber: string; labelUrl: string; trackUrl: string };

type Load =
  | { kind: 'loading' }
  | { kind: 'found'; shipper: Shipper }
  | { kind: 'missing' }
  | { kind: 'limited'; seconds: number }
  | { kind: 'failed' };

let nextKey = 1;

function emptyItem(): Item {
  return { key: nextKey++, sku: '', description: '', hsCode: '', originCountry: '', quantity: '1', unitValue: '',
    currency: 'EUR', weightKg: '', condition: 'OPENED' };
}

/** Field errors by path under the input ("items.0.sku"), as the service reports them. */
type Errors = Record<string, { code: string; message: string }>;

/**
 * A customer of a shipper that allows self-service starts a return and gets its label, without a login.
 */
export function ReturnStart() {
  const { shipper: handle = '' } = useParams();
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [items, setItems] = useState<Item[]>(() => [emptyItem()]);
  const [form, setForm] = useState<Form>({ reason: '', reasonNote: '', name: '', email: '', phone: '', line1: '',
    line2: '', city: '', postalCode: '', region: '', countryCode: '', consent: false });
  // One key per submission of this form: a double click, or a retry after a lost answer, makes one return.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [started, setStarted] = useState<Started | null>(null);

  useEffect(() => {
    let current = true;
    publicQuery(SelfServiceShipperDocument, { handle })
      .then((data) => {
        if (!current) return;
        const shipper = data.selfServiceShipper.shipper;
        if (shipper) {
          setLoad({ kind: 'found', shipper });
          setForm((previous) => ({ ...previous, reason: shipper.reasons[0] ?? '',
            countryCode: shipper.countries.length === 1 ? shipper.countries[0] : previous.countryCode }));
        } else {
          setLoad({ kind: 'missing' });
        }
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof GraphQlError && error.code === 'RATE_LIMITED') {
          setLoad({ kind: 'limited', seconds: error.retryAfterSeconds ?? 60 });
        } else {
          setLoad({ kind: 'failed' });
        }
      });
    return () => {
      current = false;
    };
  }, [handle]);

  function set<K extends keyof Form>(field: K, value: Form[K]) {
    setForm((previous) => ({ ...previous, [field]: value }));
  }

  function setItem(index: number, field: keyof Omit<Item, 'key'>, value: string) {
    setItems((previous) => previous.map((item, i) => (i === index ? { ...item, [field]: value } : item)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      const data = await publicQuery(SelfServiceReturnStartDocument, {
        input: {
          idempotencyKey,
          handle,
          reason: form.reason as ReturnReason,
          reasonNote: form.reasonNote || null,
          consent: form.consent,
          customer: { name: form.name, email: form.email || null, phone: form.phone || null },
          origin: { line1: form.line1, line2: form.line2 || null, city: form.city, postalCode: form.postalCode || null,
            region: form.region || null, countryCode: form.countryCode },
          items: items.map((item) => ({ sku: item.sku, description: item.description, hsCode: item.hsCode,
            originCountry: item.originCountry, quantity: Number.parseInt(item.quantity, 10) || 0,
            unitValue: item.unitValue || '0', currency: item.currency, weightKg: item.weightKg || '0',
            condition: item.condition })),
        },
      });
      const payload = data.selfServiceReturnStart;
      if (payload.started) {
        setStarted(payload.started);
        setErrors({});
      } else {
        const found: Errors = {};
        for (const error of payload.userErrors) {
          found[error.field.slice(1).join('.')] = { code: error.code, message: error.message };
        }
        setErrors(found);
        if (found.handle) setLoad({ kind: 'missing' });
      }
    } catch (error: unknown) {
      setFailure(error instanceof GraphQlError && error.code === 'RATE_LIMITED'
        ? t('returnStart.limited', { seconds: error.retryAfterSeconds ?? 60 })
        : t('returnStart.failed'));
    } finally {
      setSending(false);
    }
  }

  if (load.kind === 'loading') return <p role="status">{t('returnStart.loading')}</p>;
  if (load.kind === 'missing') {
    return (
      <>
        <h1>{t('returnStart.title')}</h1>
        <p role="alert">{t('returnStart.missing')}</p>
      </>
    );
  }
  if (load.kind === 'limited') return <p role="alert">{t('returnStart.limited', { seconds: load.seconds })}</p>;
  if (load.kind === 'failed') return <p role="alert">{t('returnStart.failed')}</p>;

  const shipper = load.shipper;
  if (started) {
    return (
      <>
        <h1>{t('returnStart.doneTitle')}</h1>
        <section className="started" aria-labelledby="started-code-label">
          <p id="started-code-label">{t('returnStart.trackingCode')}</p>
          <p className="code" data-testid="tracking-code">{started.trackingCode}</p>
          <p>{t('returnStart.rma', { rma: started.rmaNumber })}</p>
          <p>{t('returnStart.doneLead', { shipper: shipper.name })}</p>
          <p className="actions">
            <a className="button" href={started.labelUrl} download>{t('returnStart.download')}</a>{' '}
            <Link to={started.trackUrl}>{t('returnStart.track')}</Link>
          </p>
        </section>
      </>
    );
  }

  const errorCount = Object.keys(errors).length;
  return (
    <>
      <h1>{t('returnStart.title')}</h1>
      <p className="lead">{t('returnStart.lead', { shipper: shipper.name })}</p>
      {errorCount > 0 && <p role="alert" className="form-errors">{t('returnStart.errorsFound', { count: errorCount })}</p>}
      {failure && <p role="alert" className="form-errors">{failure}</p>}
      <form className="return-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{t('returnStart.items')}</legend>
          {items.map((item, index) => (
            <fieldset className="item" key={item.key}>
              <legend>{t('returnStart.item', { number: index + 1 })}</legend>
              <div className="grid">
                <Field label={t('returnStart.description')} error={errors[`items.${index}.description`]} wide>
                  {(props) => <input {...props} value={item.description} onChange={(e) => setItem(index, 'description', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.sku')} error={errors[`items.${index}.sku`]}>
                  {(props) => <input {...props} value={item.sku} onChange={(e) => setItem(index, 'sku', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.quantity')} error={errors[`items.${index}.quantity`]}>
                  {(props) => <input {...props} inputMode="numeric" value={item.quantity} onChange={(e) => setItem(index, 'quantity', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.condition')} error={errors[`items.${index}.condition`]}>
                  {(props) => (
                    <select {...props} value={item.condition} onChange={(e) => setItem(index, 'condition', e.target.value)}>
                      {CONDITIONS.map((condition) => <option key={condition} value={condition}>{t(`returnStart.conditions.${condition}`)}</option>)}
                    </select>
                  )}
                </Field>
                <Field label={t('returnStart.unitValue')} error={errors[`items.${index}.unitValue`]}>
                  {(props) => <input {...props} inputMode="decimal" value={item.unitValue} onChange={(e) => setItem(index, 'unitValue', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.currency')} error={errors[`items.${index}.currency`]}>
                  {(props) => <input {...props} maxLength={3} autoCapitalize="characters" value={item.currency} onChange={(e) => setItem(index, 'currency', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.weightKg')} error={errors[`items.${index}.weightKg`]}>
                  {(props) => <input {...props} inputMode="decimal" value={item.weightKg} onChange={(e) => setItem(index, 'weightKg', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.hsCode')} hint={t('returnStart.hsCodeHint')} error={errors[`items.${index}.hsCode`]}>
                  {(props) => <input {...props} inputMode="numeric" value={item.hsCode} onChange={(e) => setItem(index, 'hsCode', e.target.value)} />}
                </Field>
                <Field label={t('returnStart.originCountry')} hint={t('returnStart.countryHint')} error={errors[`items.${index}.originCountry`]}>
                  {(props) => <input {...props} maxLength={2} autoCapitalize="characters" value={item.originCountry} onChange={(e) => setItem(index, 'originCountry', e.target.value)} />}
                </Field>
              </div>
              {items.length > 1 && (
                <button type="button" className="secondary" onClick={() => setItems((previous) => previous.filter((_, i) => i !== index))}>
                  {t('returnStart.removeItem', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {errors.items && <p className="field-error">{t(`returnStart.error.${errors.items.code}`, { defaultValue: errors.items.message })}</p>}
          <button type="button" className="secondary" onClick={() => setItems((previous) => [...previous, emptyItem()])}>
            {t('returnStart.addItem')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('returnStart.why')}</legend>
          <Field label={t('returnStart.reason')} error={errors.reason}>
            {(props) => (
              <select {...props} value={form.reason} onChange={(e) => set('reason', e.target.value as ReturnReason)}>
                {shipper.reasons.map((reason) => <option key={reason} value={reason}>{t(`returnStart.reasons.${reason}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('returnStart.reasonNote')} error={errors.reasonNote} wide>
            {(props) => <textarea {...props} rows={3} value={form.reasonNote} onChange={(e) => set('reasonNote', e.target.value)} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('returnStart.contact')}</legend>
          <div className="grid">
            <Field label={t('returnStart.name')} error={errors['customer.name']} wide>
              {(props) => <input {...props} autoComplete="name" value={form.name} onChange={(e) => set('name', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.email')} error={errors['customer.email']}>
              {(props) => <input {...props} type="email" autoComplete="email" value={form.email} onChange={(e) => set('email', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.phone')} error={errors['customer.phone']}>
              {(props) => <input {...props} type="tel" autoComplete="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} />}
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('returnStart.address')}</legend>
          <div className="grid">
            <Field label={t('returnStart.line1')} error={errors['origin.line1']} wide>
              {(props) => <input {...props} autoComplete="address-line1" value={form.line1} onChange={(e) => set('line1', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.line2')} error={errors['origin.line2']} wide>
              {(props) => <input {...props} autoComplete="address-line2" value={form.line2} onChange={(e) => set('line2', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.city')} error={errors['origin.city']}>
              {(props) => <input {...props} autoComplete="address-level2" value={form.city} onChange={(e) => set('city', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.postalCode')} error={errors['origin.postalCode']}>
              {(props) => <input {...props} autoComplete="postal-code" value={form.postalCode} onChange={(e) => set('postalCode', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.region')} error={errors['origin.region']}>
              {(props) => <input {...props} autoComplete="address-level1" value={form.region} onChange={(e) => set('region', e.target.value)} />}
            </Field>
            <Field label={t('returnStart.country')} error={errors['origin.countryCode']}>
              {(props) => (
                <select {...props} autoComplete="country" value={form.countryCode} onChange={(e) => set('countryCode', e.target.value)}>
                  <option value="">{t('returnStart.choose')}</option>
                  {shipper.countries.map((country) => <option key={country} value={country}>{country}</option>)}
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('returnStart.privacy')}</legend>
          {shipper.privacyNoticeText && <p className="note">{shipper.privacyNoticeText}</p>}
          <Consent checked={form.consent} onChange={(value) => set('consent', value)} error={errors.consent}
            url={shipper.privacyNoticeUrl} />
        </fieldset>

        {errors.idempotencyKey && <p className="field-error">{t(`returnStart.error.${errors.idempotencyKey.code}`, { defaultValue: errors.idempotencyKey.message })}</p>}
        <button type="submit" disabled={sending}>{sending ? t('returnStart.sending') : t('returnStart.submit')}</button>
      </form>
    </>
  );
}

type FieldProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** A labelled control with its hint and its error from the service, tied to it for screen readers. */
function Field({ label, hint, error, wide, children }: {
  label: string;
  hint?: string;
  error?: { code: string; message: string };
  wide?: boolean;
  children: (props: FieldProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${id}-error`} className="field-error">{t(`returnStart.error.${error.code}`, { defaultValue: error.message })}</span>}
    </div>
  );
}

function Consent({ checked, onChange, error, url }: {
  checked: boolean;
  onChange: (value: boolean) => void;
  error?: { code: string; message: string };
  url: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field consent">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)}
        {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})} />
      <label htmlFor={id}>{t('returnStart.consent')}</label>{' '}
      <a href={url} target="_blank" rel="noreferrer">{t('returnStart.privacyLink')}</a>
      {error && <span id={`${id}-error`} className="field-error">{t('returnStart.consentMissing')}</span>}
    </div>
  );
}
