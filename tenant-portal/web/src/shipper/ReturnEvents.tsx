import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { objectUrl, query } from '../api';
import { graphql } from '../gql';
import type { ShipperReturnEventsQuery } from '../gql/graphql';

const ShipperReturnEventsDocument = graphql(`
  query ShipperReturnEvents($id: ID!) {
    returnTimeline(returnId: $id) {
      timeline {
        events { id bizStep eventTime exception exceptionReason photos { id url width height } }
      }
    }
  }
`);

type Event = NonNullable<ShipperReturnEventsQuery['returnTimeline']['timeline']>['events'][number];

/**
 * A return's events as its shipper reads them, newest first, with the problems reported on
 * the way and the photos taken of them (fetched under the token, shown as object URLs).
 */
export function ReturnEvents({ returnId, rma }: { returnId: string; rma: string }) {
  const { t, i18n } = useTranslation();
  const [events, setEvents] = useState<Event[] | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    query(ShipperReturnEventsDocument, { id: returnId })
      .then((data) => setEvents([...(data.returnTimeline.timeline?.events ?? [])].reverse()))
      .catch(() => setFailed(true));
  }, [returnId]);

  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  if (failed) return <p role="alert">{t('shipper.failed')}</p>;
  if (!events) return null;
  if (events.length === 0) return <p>{t('shipper.noEvents')}</p>;
  return (
    <ol className="events" aria-label={t('shipper.eventsOf', { rma })} data-testid="return-events">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.eventTime}>{time.format(new Date(event.eventTime))}</time>{' '}
          <strong>{t(`bizStep.${event.bizStep}`)}</strong>
          {event.exception && (
            <>
              {' '}— {t(`exception.${event.exception}`)}: {event.exceptionReason}
            </>
          )}
          {event.photos.length > 0 && (
            <ul className="photos">
              {event.photos.map((photo, index) => (
                <li key={photo.id}>
                  <Photo url={photo.url} alt={t('shipper.photo', { n: index + 1, reason: event.exceptionReason ?? '' })} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function Photo({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string | undefined>();
  useEffect(() => {
    let revoked = false;
    let shown: string | undefined;
    objectUrl(url)
      .then((object) => {
        if (revoked) URL.revokeObjectURL(object);
        else setSrc((shown = object));
      })
      .catch(() => undefined);
    return () => {
      revoked = true;
      if (shown) URL.revokeObjectURL(shown);
    };
  }, [url]);
  return src ? <img src={src} alt={alt} /> : null;
}
