import type { CarrierLoadsQuery } from '../gql/graphql';

type LoadEdge = NonNullable<NonNullable<CarrierLoadsQuery['loads']['edges']>[number]>;
export type CarrierLoad = LoadEdge['node'];

/** What a scanned or typed code names among the carrier's loads. */
export interface Subject {
  /** A load or unit; or every parcel of a return in the load, which share their label's code. */
  ids: string[];
  kind: 'LOAD' | 'UNIT' | 'PARCEL';
  /** The code as printed: a load reference, an SSCC, a parcel reference. */
  code: string;
  load: CarrierLoad;
}

/**
 * Finds the load, unit or parcel a code names, among the loads the carrier was given
 * (held on the phone, so that a code resolves in a dead zone too). A unit's QR code is its
 * GS1 Digital Link (`…/00/<SSCC>`); its printed text is the SSCC with the application
 * identifier, `(00) 1 0614141 000000000 2`; a parcel's label is its return's tracking
 * code (its QR code the public tracking address `…/track/<code>`), read as returnTrack
 * reads it: any case and spacing, O as 0, I and L as 1. Loads are known by their
 * references.
 */
export function resolveCode(raw: string, loads: readonly CarrierLoad[]): Subject | undefined {
  const code = raw.trim();
  if (code === '') return undefined;
  const link = /\/00\/(\d{18})(?:[/?#]|$)/.exec(code);
  const digits = code.replace(/[\s()]/g, '');
  const sscc = link?.[1] ?? (/^(?:00)?(\d{18})$/.exec(digits)?.[1] ?? undefined);
  const reference = code.toUpperCase().replace(/\s+/g, '');
  const tracking = trackingCode(/\/track\/([^/?#]+)/.exec(code)?.[1] ?? code);
  for (const load of loads) {
    if (load.reference.toUpperCase() === reference) {
      return { ids: [load.id], kind: 'LOAD', code: load.reference, load };
    }
    for (const unit of load.units) {
      if (unit.sscc === sscc || unit.digitalLink === code) {
        return { ids: [unit.id], kind: 'UNIT', code: unit.ssccText, load };
      }
    }
    const parcels = load.parcels.filter((parcel) => parcel.trackingCode && parcel.trackingCode === tracking);
    if (parcels.length > 0) {
      return { ids: parcels.map((parcel) => parcel.id), kind: 'PARCEL', code: parcels[0]!.trackingCode!, load };
    }
  }
  return undefined;
}

function trackingCode(raw: string): string {
  return decodeURIComponent(raw).toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
