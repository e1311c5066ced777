import { query, SignInRequired } from '../api';
import { graphql } from '../gql';
import type { TrackingEventInput } from '../gql/graphql';

const RecordDocument = graphql(`
  mutation CarrierRecord($input: TrackingEventsRecordInput!) {
    trackingEventsRecord(input: $input) {
      results { index clientEventId status userErrors { code message } }
      userErrors { code message }
    }
  }
`);

/** An update as the carrier made it, with what it is about in words for the list on screen. */
export interface QueuedUpdate {
  event: TrackingEventInput;
  label: string;
}

export interface RefusedUpdate extends QueuedUpdate {
  reason: string;
}

const KEY = 'homeward.carrier.outbox';
const RETRY_FIRST_MS = 2_000;
const RETRY_LONGEST_MS = 60_000;
const REFUSED_KEY = 'homeward.carrier.refused';

/**
 * The carrier's updates waiting to be sent, kept in local storage so that neither a dead
 * zone nor a reload loses them (they hold codes and statuses, never a token). Each carries
 * the client event id it was given when made: sending one again after a lost answer is
 * answered REPLAYED by the platform and recorded once.
 */
export class Outbox {
  private sending: Promise<void> | undefined;

  private readonly listeners = new Set<() => void>();

  private retry: ReturnType<typeof setTimeout> | undefined;

  private retryDelay = RETRY_FIRST_MS;

  waiting(): QueuedUpdate[] {
    return read<QueuedUpdate>(KEY);
  }

  refused(): RefusedUpdate[] {
    return read<RefusedUpdate>(REFUSED_KEY);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(update: QueuedUpdate): void {
    write(KEY, [...this.waiting(), update]);
    this.changed();
    void this.flush();
  }

  dismissRefused(): void {
    write(REFUSED_KEY, []);
    this.changed();
  }

  /** Sends what waits, in order, one batch at a time; offline it waits for the connection. */
  flush(): Promise<void> {
    if (!navigator.onLine) return Promise.resolve();
    this.sending ??= this.send().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  private async send(): Promise<void> {
    const batch = this.waiting().slice(0, 500);
    if (batch.length === 0) return;
    let answer;
    try {
      answer = await query(RecordDocument, { input: { events: batch.map((update) => update.event) } });
    } catch (error) {
      // No answer (offline, a dropped connection) or no valid token: keep everything for
      // the next try. Anything else is the platform refusing the batch, kept too.
      if (!(error instanceof TypeError) && !(error instanceof SignInRequired)) console.warn(error);
      // A dropped answer may have been recorded: the retry carries the same client event
      // ids, so the platform answers REPLAYED for those instead of recording them twice.
      this.scheduleRetry();
      return;
    }
    this.retryDelay = RETRY_FIRST_MS;
    const sent = new Set<string>();
    const refused: RefusedUpdate[] = [];
    for (const result of answer.trackingEventsRecord.results) {
      const update = batch[result.index];
      if (!update) continue;
      sent.add(update.event.clientEventId);
      if (result.status === 'REFUSED') {
        refused.push({ ...update, reason: result.userErrors.map((error) => error.message).join(' ') });
      }
    }
    write(KEY, this.waiting().filter((update) => !sent.has(update.event.clientEventId)));
    if (refused.length > 0) write(REFUSED_KEY, [...this.refused(), ...refused]);
    this.changed();
    if (sent.size > 0 && this.waiting().length > 0) await this.send();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_LONGEST_MS);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function read<T>(key: string): T[] {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]') as T[];
  } catch {
    return [];
  }
}

function write<T>(key: string, value: T[]): void {
  localStorage.setItem(key, JSON.stringify(value));
}

export const outbox = new Outbox();
window.addEventListener('online', () => void outbox.flush());
