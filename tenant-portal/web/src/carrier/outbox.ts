import { del, get, keys, set } from 'idb-keyval';

import { PhotoRefused, query, SignInRequired, uploadPhoto } from '../api';
import i18n from '../i18n';
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

/**
 * An update as the carrier made it, with what it is about in words for the list on screen,
 * and the keys of the photos it shows: each photo's own UUID, under which its image waits in
 * IndexedDB (too large for local storage) and is uploaded, so that an upload retried after a
 * lost answer stores it once.
 */
export interface QueuedUpdate {
  event: TrackingEventInput;
  label: string;
  photos?: string[];
}

export interface RefusedUpdate extends QueuedUpdate {
  reason: string;
}

const KEY = 'homeward.carrier.outbox';
const RETRY_FIRST_MS = 2_000;
const RETRY_LONGEST_MS = 60_000;
const REFUSED_KEY = 'homeward.carrier.refused';
/** The API ids of the photos uploaded so far, by key, until no waiting update names them. */
const UPLOADED_KEY = 'homeward.carrier.photos';

/** Photos kept but not yet named by a queued update: never dropped as sent. */
const keeping = new Set<string>();

/** Keeps a photo on the phone until the update that shows it has been sent. */
export async function keepPhoto(image: Blob): Promise<string> {
  const key = crypto.randomUUID();
  keeping.add(key);
  await set(`photo:${key}`, image);
  return key;
}
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
    update.photos?.forEach((key) => keeping.delete(key));
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
    const waiting = this.waiting().slice(0, 500);
    if (waiting.length === 0) return;
    // Photos first: an event names only photos the platform already holds.
    let batch: QueuedUpdate[];
    try {
      batch = await this.uploadPhotos(waiting);
    } catch (error) {
      if (!(error instanceof TypeError) && !(error instanceof SignInRequired)) console.warn(error);
      this.scheduleRetry();
      return;
    }
    if (batch.length === 0) {
      if (this.waiting().length > 0) await this.send();
      return;
    }
    const uploaded = read<[string, string]>(UPLOADED_KEY);
    const ids = new Map(uploaded);
    const events = batch.map((update) =>
      update.photos?.length ? { ...update.event, photoIds: update.photos.map((key) => ids.get(key)!) } : update.event,
    );
    let answer;
    try {
      answer = await query(RecordDocument, { input: { events } });
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
    await this.forgetSentPhotos();
    this.changed();
    if (sent.size > 0 && this.waiting().length > 0) await this.send();
  }

  /**
   * Uploads the photos the updates show that are not uploaded yet, one by one, and answers
   * the updates ready to send. An update whose photo the platform refuses (or which this
   * phone lost) moves to the refused list with the reason; a lost connection rejects, and
   * everything waits for the next try.
   */
  private async uploadPhotos(updates: QueuedUpdate[]): Promise<QueuedUpdate[]> {
    const ids = new Map(read<[string, string]>(UPLOADED_KEY));
    const ready: QueuedUpdate[] = [];
    const refused: RefusedUpdate[] = [];
    for (const update of updates) {
      let reason: string | undefined;
      for (const key of update.photos ?? []) {
        if (ids.has(key)) continue;
        const image = await get<Blob>(`photo:${key}`);
        if (!image) {
          reason = i18n.t('carrier.photoLost');
          break;
        }
        try {
          ids.set(key, await uploadPhoto(key, image));
          write(UPLOADED_KEY, [...ids]);
        } catch (error) {
          if (!(error instanceof PhotoRefused)) throw error;
          reason = error.message;
          break;
        }
      }
      if (reason === undefined) ready.push(update);
      else refused.push({ ...update, reason });
    }
    if (refused.length > 0) {
      const dropped = new Set(refused.map((update) => update.event.clientEventId));
      write(KEY, this.waiting().filter((update) => !dropped.has(update.event.clientEventId)));
      write(REFUSED_KEY, [...this.refused(), ...refused]);
      await this.forgetSentPhotos();
      this.changed();
    }
    return ready;
  }

  /** Drops the images and ids of photos no waiting update shows any more. */
  private async forgetSentPhotos(): Promise<void> {
    const named = new Set(this.waiting().flatMap((update) => update.photos ?? []));
    for (const stored of await keys()) {
      const key = String(stored).replace(/^photo:/, '');
      if (String(stored).startsWith('photo:') && !named.has(key) && !keeping.has(key)) await del(stored);
    }
    write(UPLOADED_KEY, read<[string, string]>(UPLOADED_KEY).filter(([key]) => named.has(key)));
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
