import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { GraphQlError, publicQuery } from '../api';
import { graphql } from '../gql';
import type { ReturnTrackQuery } from '../gql/graphql';

const ReturnTrackDocument = graphql(`
  query ReturnTrack($code: String!) {
    returnTrack(trackingCode: $code) {
      track {
        trackingCode stage expectedArrival expectedArrivalBasis exception
        milestones { kind reachedAt itemCount }
        events { bizStep eventTime eventTimeZoneOffset city countryCode exception }
      }
      userErrors { code }
    }
  }
`);

type Track = NonNullable<NonNullable<ReturnTrackQuery['returnTrack']>['track']>;

type State =
  | { kind: 'loading' }
  | { kind: 'found'; track: Track }
  | { kind: 'refused'; code: string; retryAfterSeconds?: number }
  | { kind: 'failed' };

/** The public track of a return: its stage, expected arrival, milestones and timeline. */
export function TrackPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    publicQuery(ReturnTrackDocument, { code })
      .then((data) => {
        if (!current) return;
        const payload = data.returnTrack;
        if (payload?.track) {
          setState({ kind: 'found', track: payload.track });
        } else {
          setState({ kind: 'refused', code: payload?.userErrors[0]?.code ?? 'NOT_FOUND' });
        }
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof GraphQlError && error.code === 'RATE_LIMITED') {
          setState({ kind: 'refused', code: 'RATE_LIMITED', retryAfterSeconds: error.retryAfterSeconds });
        } else {
          setState({ kind: 'failed' });
        }
      });
    return () => {
      current = false;
    };
  }, [code]);

  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <>
      <h1>{t('track.title')}</h1>
      {state.kind === 'loading' && <p role="status">{t('track.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('track.failed')}</p>}
      {state.kind === 'refused' && (
        <p role="alert">{t(`track.${state.code}`, { seconds: state.retryAfterSeconds ?? 60, defaultValue: t('track.NOT_FOUND') })}</p>
      )}
      {state.kind === 'found' && (
        <article className="track" aria-labelledby="tracking-code">
          <p id="tracking-code" className="code">{state.track.trackingCode}</p>
          <dl className="summary">
            <div>
              <dt>{t('track.stage')}</dt>
              <dd data-testid="stage">{t(`stage.${state.track.stage}`)}</dd>
            </div>
            <div>
              <dt>{t('track.expected')}</dt>
              <dd>{state.track.expectedArrival ? when(state.track.expectedArrival) : t('track.expectedUnknown')}</dd>
            </div>
            {state.track.exception && (
              <div className="exception">
                <dt>{t('track.exception')}</dt>
                <dd>{t(`exception.${state.track.exception}`)}</dd>
              </div>
            )}
          </dl>
          <h2>{t('track.milestones')}</h2>
          <ol className="milestones">
            {state.track.milestones.map((milestone) => (
              <li key={milestone.kind}>
                <span>{t(`milestone.${milestone.kind}`)}</span> <time dateTime={milestone.reachedAt}>{when(milestone.reachedAt)}</time>
              </li>
            ))}
          </ol>
          <h2>{t('track.events')}</h2>
          {state.track.events.length === 0 ? (
            <p>{t('track.noEvents')}</p>
          ) : (
            <ol className="timeline" data-testid="timeline">
              {[...state.track.events].reverse().map((event, index) => (
                <li key={`${event.eventTime}-${index}`}>
                  <time dateTime={event.eventTime}>{when(event.eventTime)}</time>{' '}
                  <strong>{t(`bizStep.${event.bizStep}`)}</strong>
                  {event.city && <> {t('track.at', { place: `${event.city}, ${event.countryCode}` })}</>}
                  {event.exception && <> — {t(`exception.${event.exception}`)}</>}
                </li>
              ))}
            </ol>
          )}
          <p><Link to="/track">{t('track.again')}</Link></p>
        </article>
      )}
    </>
  );
}
