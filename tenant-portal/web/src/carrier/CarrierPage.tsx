import { useCallback, useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { nodes, query } from '../api';
import { graphql } from '../gql';
import type { TrackingBizStep, TrackingDisposition, TrackingEventInput, TrackingExceptionKind } from '../gql/graphql';
import { keepPhoto, outbox } from './outbox';
import { shrink } from './photos';
import { Scanner } from './Scanner';
import { resolveCode, type CarrierLoad, type Subject } from './subjects';

const CarrierLoadsDocument = graphql(`
  query CarrierLoads {
    loads(first: 50, filter: { status: [PLANNING, CLOSED, DISPATCHED, IN_TRANSIT, ARRIVED] }) {
      edges {
        node {
          id reference status cutoffAt departureAt
          origin { id name city countryCode }
          destination { id name city countryCode }
          units { id sscc ssccText digitalLink kind }
          parcels { id trackingCode unitSscc }
        }
      }
    }
  }
`);

/** The statuses a carrier reports, as the platform's business steps, and where each happens. */
const STATUSES: Record<string, { bizStep: TrackingBizStep; disposition: TrackingDisposition; at?: 'origin' | 'destination' }> = {
  PICKED_UP: { bizStep: 'COLLECTING', disposition: 'IN_TRANSIT', at: 'origin' },
  LOADED: { bizStep: 'LOADING', disposition: 'IN_TRANSIT', at: 'origin' },
  DEPARTED: { bizStep: 'DEPARTING', disposition: 'IN_TRANSIT' },
  ARRIVED: { bizStep: 'ARRIVING', disposition: 'IN_TRANSIT', at: 'destination' },
};

const EXCEPTIONS: TrackingExceptionKind[] = ['DELAYED', 'DAMAGED', 'LOST'];

/** The most photos an event shows (the platform's limit). */
const MAX_PHOTOS = 5;

const LOADS_KEY = 'homeward.carrier.loads';

/**
 * The carrier's page, phone first: the loads it was given (to pick up, on the road), a code
 * to scan or type, and a status or a problem for what it names or for a whole load. Every
 * update goes through the outbox, which sends it at once when there is a connection and
 * keeps it until there is one.
 */
export function CarrierPage() {
  const { t, i18n } = useTranslation();
  const [loads, setLoads] = useState<CarrierLoad[] | undefined>(() => cachedLoads());
  const [loadFailed, setLoadFailed] = useState(false);
  const [code, setCode] = useState('');
  const [subject, setSubject] = useState<Subject | undefined>();
  const [notFound, setNotFound] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const pending = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => localStorage.getItem('homeward.carrier.outbox') ?? '[]',
  );
  const refused = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => localStorage.getItem('homeward.carrier.refused') ?? '[]',
  );
  const waiting = JSON.parse(pending) as { label: string }[];
  const refusedUpdates = JSON.parse(refused) as { label: string; reason: string }[];
  const online = useOnline();

  useEffect(() => {
    query(CarrierLoadsDocument, {})
      .then((data) => {
        const fresh = nodes(data.loads);
        // Kept for the dead zones: codes resolve against the last list the phone saw.
        localStorage.setItem(LOADS_KEY, JSON.stringify(fresh));
        setLoads(fresh);
      })
      .catch(() => setLoadFailed(true));
    void outbox.flush();
  }, []);

  const find = useCallback(
    (value: string) => {
      const found = resolveCode(value, loads ?? []);
      setSubject(found);
      setNotFound(!found);
      setConfirmation('');
      if (found) setCode(found.code);
    },
    [loads],
  );

  const onScanned = useCallback(
    (value: string) => {
      setScanning(false);
      find(value);
    },
    [find],
  );

  function record(
    target: Subject,
    event: Omit<TrackingEventInput, 'clientEventId' | 'subjectId' | 'eventTime'>,
    what: string,
    photos: string[] = [],
  ) {
    const label = `${t(`carrier.kind.${target.kind}`)} ${target.code}: ${what}`;
    const eventTime = new Date().toISOString();
    for (const subjectId of target.ids) {
      outbox.add({ label, photos, event: { ...event, clientEventId: crypto.randomUUID(), subjectId, eventTime } });
    }
    setConfirmation(navigator.onLine ? t('carrier.sending', { label }) : t('carrier.queued', { label }));
  }

  function recordStatus(target: Subject, status: string) {
    const { bizStep, disposition, at } = STATUSES[status]!;
    const hub = at === 'origin' ? target.load.origin : at === 'destination' ? target.load.destination : null;
    record(target, { bizStep, disposition, readPointHubId: hub?.id ?? null }, t(`carrier.status.${status}`));
  }

  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  const pickups = (loads ?? []).filter((load) => load.status === 'PLANNING' || load.status === 'CLOSED');
  const onTheRoad = (loads ?? []).filter((load) => !pickups.includes(load));

  return (
    <section aria-labelledby="carrier-title" className="carrier">
      <h1 id="carrier-title">{t('carrier.title')}</h1>
      <p role="status" className={online ? 'connection' : 'connection offline'} data-testid="connection">
        {online ? t('carrier.online') : t('carrier.offline')}
        {waiting.length > 0 ? ' · ' + t('carrier.waiting', { count: waiting.length }) : ''}
      </p>

      <form
        className="scan"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          find(code);
        }}
      >
        <label htmlFor="carrier-code">{t('carrier.code')}</label>
        <p id="carrier-code-hint" className="hint">{t('carrier.codeHint')}</p>
        <div className="row">
          <input
            id="carrier-code"
            aria-describedby="carrier-code-hint"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit">{t('carrier.find')}</button>
        </div>
        <button type="button" className="secondary" onClick={() => setScanning(true)}>
          {t('carrier.scan')}
        </button>
      </form>
      {scanning && <Scanner onCode={onScanned} onClose={() => setScanning(false)} />}
      {notFound && <p role="alert">{t('carrier.notFound')}</p>}
      {confirmation && <p role="status" className="confirmation">{confirmation}</p>}

      {subject && <SubjectPanel key={subject.code} subject={subject} onStatus={recordStatus} onRecord={record} />}

      {refusedUpdates.length > 0 && (
        <div role="alert" className="refused">
          <h2>{t('carrier.refused')}</h2>
          <ul>
            {refusedUpdates.map((update, index) => (
              <li key={index}>{update.label}: {update.reason}</li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => outbox.dismissRefused()}>
            {t('carrier.dismiss')}
          </button>
        </div>
      )}

      {loadFailed && !loads && <p role="alert">{t('carrier.loadsFailed')}</p>}
      {!loads && !loadFailed && <p role="status">{t('carrier.loading')}</p>}
      {loads && (
        <>
          <LoadList title={t('carrier.pickups')} loads={pickups} time={time} onStatus={recordStatus} />
          <LoadList title={t('carrier.onTheRoad')} loads={onTheRoad} time={time} onStatus={recordStatus} />
        </>
      )}
    </section>
  );
}

function SubjectPanel({
  subject,
  onStatus,
  onRecord,
}: {
  subject: Subject;
  onStatus: (subject: Subject, status: string) => void;
  onRecord: (
    subject: Subject,
    event: Omit<TrackingEventInput, 'clientEventId' | 'subjectId' | 'eventTime'>,
    what: string,
    photos: string[],
  ) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TrackingExceptionKind>('DELAYED');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [photos, setPhotos] = useState<{ image: Blob; url: string }[]>([]);
  const [photoProblem, setPhotoProblem] = useState('');

  async function addPhotos(files: FileList | null) {
    const chosen = [...(files ?? [])];
    const room = MAX_PHOTOS - photos.length;
    setPhotoProblem(chosen.length > room ? t('carrier.photoLimit') : '');
    const added: { image: Blob; url: string }[] = [];
    for (const file of chosen.slice(0, Math.max(0, room))) {
      try {
        const image = await shrink(file);
        added.push({ image, url: URL.createObjectURL(image) });
      } catch {
        setPhotoProblem(t('carrier.photoUnreadable'));
      }
    }
    setPhotos((previous) => [...previous, ...added]);
  }

  function removePhoto(index: number) {
    URL.revokeObjectURL(photos[index]!.url);
    setPhotos((previous) => previous.filter((_, i) => i !== index));
  }
  return (
    <div className="subject" aria-labelledby="subject-title">
      <h2 id="subject-title">
        {t(`carrier.kind.${subject.kind}`)} {subject.code}
      </h2>
      <p>{t('carrier.inLoad', { load: subject.load.reference })}</p>
      <div className="statuses" role="group" aria-label={t('carrier.recordStatus')}>
        {Object.keys(STATUSES).map((status) => (
          <button key={status} type="button" onClick={() => onStatus(subject, status)}>
            {t(`carrier.status.${status}`)}
          </button>
        ))}
      </div>
      <form
        className="problem"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') {
            setReasonMissing(true);
            return;
          }
          setReasonMissing(false);
          const taken = photos;
          setPhotos([]);
          setReason('');
          // Kept on the phone first: the outbox uploads them before the event that names them.
          void Promise.all(taken.map((photo) => keepPhoto(photo.image))).then((keys) => {
            taken.forEach((photo) => URL.revokeObjectURL(photo.url));
            onRecord(
              subject,
              { bizStep: 'SHIPPING', disposition: kind === 'DAMAGED' ? 'DAMAGED' : 'IN_TRANSIT', exception: kind, exceptionReason: reason.trim() },
              t(`exception.${kind}`),
              keys,
            );
          });
        }}
      >
        <fieldset>
          <legend>{t('carrier.problem')}</legend>
          <label htmlFor="problem-kind">{t('carrier.problemKind')}</label>
          <select id="problem-kind" value={kind} onChange={(event) => setKind(event.target.value as TrackingExceptionKind)}>
            {EXCEPTIONS.map((exception) => (
              <option key={exception} value={exception}>{t(`exception.${exception}`)}</option>
            ))}
          </select>
          <label htmlFor="problem-reason">{t('carrier.problemReason')}</label>
          <textarea
            id="problem-reason"
            maxLength={500}
            value={reason}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? 'problem-reason-error' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reasonMissing && <p id="problem-reason-error" className="error">{t('carrier.reasonRequired')}</p>}
          <label htmlFor="problem-photos">{t('carrier.photos')}</label>
          <input
            id="problem-photos"
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            disabled={photos.length >= MAX_PHOTOS}
            aria-describedby={photoProblem ? 'problem-photos-error' : undefined}
            onChange={(event) => {
              void addPhotos(event.target.files);
              event.target.value = '';
            }}
          />
          {photoProblem && <p id="problem-photos-error" className="error">{photoProblem}</p>}
          {photos.length > 0 && (
            <ul className="photos" data-testid="problem-photos">
              {photos.map((photo, index) => (
                <li key={photo.url}>
                  <img src={photo.url} alt={t('carrier.photoOf', { n: index + 1 })} />
                  <button type="button" className="secondary" onClick={() => removePhoto(index)}>
                    {t('carrier.removePhoto', { n: index + 1 })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="submit">{t('carrier.reportProblem')}</button>
        </fieldset>
      </form>
    </div>
  );
}

function LoadList({
  title,
  loads,
  time,
  onStatus,
}: {
  title: string;
  loads: CarrierLoad[];
  time: Intl.DateTimeFormat;
  onStatus: (subject: Subject, status: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="loads" aria-label={title}>
      <h2>{title}</h2>
      {loads.length === 0 && <p>{t('carrier.none')}</p>}
      <ul>
        {loads.map((load) => (
          <LoadItem key={load.id} load={load} time={time} onStatus={onStatus} />
        ))}
      </ul>
    </section>
  );
}

function LoadItem({
  load,
  time,
  onStatus,
}: {
  load: CarrierLoad;
  time: Intl.DateTimeFormat;
  onStatus: (subject: Subject, status: string) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  return (
    <li className="load" data-testid={`load-${load.reference}`}>
      <h3>{load.reference}</h3>
      <p>
        {load.origin?.city} → {load.destination?.city} · {t(`loadStatus.${load.status}`)}
      </p>
      <p>{t('carrier.departs', { time: time.format(new Date(load.departureAt)) })}</p>
      <p>{t('carrier.contents', { units: load.units.length, parcels: load.parcels.length })}</p>
      <label htmlFor={`whole-${load.id}`}>{t('carrier.wholeLoad')}</label>
      <div className="row">
        <select id={`whole-${load.id}`} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="" disabled>{t('carrier.chooseStatus')}</option>
          {Object.keys(STATUSES).map((key) => (
            <option key={key} value={key}>{t(`carrier.status.${key}`)}</option>
          ))}
        </select>
        <button
          type="button"
          disabled={status === ''}
          onClick={() => onStatus({ ids: [load.id], kind: 'LOAD', code: load.reference, load }, status)}
        >
          {t('carrier.updateLoad')}
        </button>
      </div>
    </li>
  );
}

function cachedLoads(): CarrierLoad[] | undefined {
  try {
    const cached = localStorage.getItem(LOADS_KEY);
    return cached ? (JSON.parse(cached) as CarrierLoad[]) : undefined;
  } catch {
    return undefined;
  }
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}
