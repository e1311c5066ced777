-- Tracking events (docs/domain/tracking.md, "Events and ingest"): what happened to a parcel, a handling
-- unit or a load, aligned with GS1 EPCIS 2.0 ObjectEvents and the CBV 2.0 bizStep and disposition.
-- Append-only: an event is never changed; a correction is a new event.
--
-- Who reads what:
--   the recorder     its own events (recorder_org_id);
--   the operator     every event on its parcels, units and loads (operator_id);
--   the carrier      events on what was inside one of its loads when recorded (carrier_id, the load's
--                    carrier, tied to the load by a composite foreign key);
--   a shipper        events on its own parcels (shipper_id), and events on a unit or load its parcels
--                    were inside at the event's time: a policy over the containment record
--                    (aggregation_event), not a copied row per shipper (see tracking_event_read).
-- No column holds a value, a price or a shipper's name.
create table tracking_event (
    operator_id          uuid          not null references organization (id),
    id                   uuid          primary key,
    -- Ties at one event time and one record time keep their arrival order.
    seq                  bigint        generated always as identity,
    recorder_org_id      uuid          not null references organization (id),
    recorded_by          varchar(64)   not null,
    -- The client's own id of the event: the replay key, per recording organization.
    client_event_id      varchar(100)  not null,
    -- The event's content as first recorded, so a reused id with other content is told from a replay.
    fingerprint          varchar(64)   not null,
    -- What: exactly one of parcel, unit or load.
    parcel_id            uuid,
    shipper_id           uuid,
    return_id            uuid,
    unit_id              uuid,
    load_id              uuid,
    -- The load the subject was in when recorded, and its carrier, who reads the event.
    in_load_id           uuid,
    carrier_id           uuid,
    -- For an event on a unit or load: the unit itself and the units (transitively) inside it at the
    -- event's time, as the recorder saw them. What the shipper's policy looks its parcels up in. Not
    -- granted to the application: it names units that may hold only another shipper's parcels.
    contained_units      uuid[],
    biz_step             varchar(16)   not null check (biz_step in ('COLLECTING', 'ACCEPTING', 'PACKING', 'LOADING',
        'DEPARTING', 'ARRIVING', 'INSPECTING', 'RECEIVING', 'UNPACKING', 'REPAIRING', 'DISASSEMBLING',
        'DESTROYING', 'STORING', 'SHIPPING')),
    disposition          varchar(20)   not null check (disposition in ('IN_TRANSIT', 'IN_PROGRESS', 'RETURNED',
        'DAMAGED', 'NON_CONFORMANT', 'SELLABLE_ACCESSIBLE', 'DESTROYED', 'DISPOSED')),
    -- Where: a hub of the subject's operator, or a position, or nothing.
    read_point_hub_id    uuid,
    latitude             numeric(8, 6) check (latitude between -90 and 90),
    longitude            numeric(9, 6) check (longitude between -180 and 180),
    -- When: the instant, the offset the client gave (EPCIS eventTimeZoneOffset), and when the
    -- platform recorded it (EPCIS recordTime), set by the database: not granted for insert.
    event_time           timestamptz   not null,
    event_offset_minutes smallint      not null check (event_offset_minutes between -1080 and 1080),
    record_time          timestamptz   not null default clock_timestamp(),
    -- Sensor readings (EPCIS sensorElementList): plausible ranges only, a typo is refused.
    temperature_c        numeric(5, 2) check (temperature_c between -90 and 90),
    relative_humidity    numeric(5, 2) check (relative_humidity between 0 and 100),
    shock_g              numeric(6, 2) check (shock_g between 0 and 1000),
    exception_kind       varchar(12)   check (exception_kind in ('DELAYED', 'DAMAGED', 'CUSTOMS_HOLD', 'LOST')),
    exception_reason     varchar(500),
    constraint tracking_event_client_key unique (recorder_org_id, client_event_id),
    constraint tracking_event_parcel_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id),
    constraint tracking_event_parcel_fk foreign key (shipper_id, return_id, parcel_id)
        references parcel (shipper_id, return_id, id),
    constraint tracking_event_unit_fk foreign key (operator_id, unit_id) references handling_unit (operator_id, id),
    constraint tracking_event_load_fk foreign key (operator_id, load_id) references load (operator_id, id),
    constraint tracking_event_in_load_fk foreign key (operator_id, carrier_id, in_load_id)
        references load (operator_id, carrier_id, id),
    constraint tracking_event_hub_fk foreign key (operator_id, read_point_hub_id) references hub (operator_id, id),
    check (num_nonnulls(parcel_id, unit_id, load_id) = 1),
    check ((parcel_id is null) = (shipper_id is null) and (parcel_id is null) = (return_id is null)),
    check ((parcel_id is null) <> (contained_units is null)),
    check (load_id is null or in_load_id = load_id),
    check ((in_load_id is null) = (carrier_id is null)),
    check ((latitude is null) = (longitude is null)),
    check (read_point_hub_id is null or latitude is null),
    check ((exception_kind is null) = (exception_reason is null)),
    check (exception_reason is null or length(trim(exception_reason)) > 0)
);
-- Reads of one subject in event-time order (then record time, then arrival).
create index tracking_event_by_parcel on tracking_event (parcel_id, event_time, record_time, seq)
    where parcel_id is not null;
create index tracking_event_by_unit on tracking_event (unit_id, event_time, record_time, seq)
    where unit_id is not null;
create index tracking_event_by_load on tracking_event (load_id, event_time, record_time, seq)
    where load_id is not null;
create index tracking_event_by_carrier on tracking_event (carrier_id, in_load_id) where carrier_id is not null;

-- The shipper's read policy looks up, per event, its own parcels' ADD into the event's load or units,
-- and a DELETE of the same parcel after it: by parent (the consolidation indexes) and by child (this).
create index tracking_aggregation_by_child_parcel on aggregation_event (child_parcel_id, occurred_at, seq)
    where child_parcel_id is not null;

alter table tracking_event enable row level security;
alter table tracking_event force row level security;
-- Recorded by the caller, for what it operates or carries; which loads, units and parcels is checked by
-- the service as well, with typed errors. The composite keys stop a copied operator or carrier id.
create policy tracking_event_insert on tracking_event for insert
    with check (recorder_org_id = (select current_org())
                and (operator_id = (select current_org()) or carrier_id = (select current_org())));
-- A shipper reads an event on a unit or load when one of its parcels was inside it at the event's time:
-- the parcel's last aggregation event with that parent up to then is an ADD. The shipper's own
-- aggregation_event rows are what its policy there shows it (shipper_id), so the lookup can only find
-- its own parcels; the event shows no parcel, so nothing of another shipper's is shown.
create policy tracking_event_read on tracking_event for select
    using (recorder_org_id = (select current_org())
           or operator_id = (select current_org())
           or carrier_id = (select current_org())
           or shipper_id = (select current_org())
           or ((select current_org_kind()) = 'SHIPPER' and parcel_id is null
               and exists (select 1 from aggregation_event a
                           where a.shipper_id = (select current_org()) and a.action = 'ADD'
                             and (a.parent_load_id = tracking_event.load_id
                                  or a.parent_unit_id = any (tracking_event.contained_units))
                             and a.occurred_at <= tracking_event.event_time
                             and not exists (select 1 from aggregation_event d
                                             where d.child_parcel_id = a.child_parcel_id and d.action = 'DELETE'
                                               and d.shipper_id = a.shipper_id
                                               and coalesce(d.parent_unit_id, d.parent_load_id)
                                                   = coalesce(a.parent_unit_id, a.parent_load_id)
                                               and (d.occurred_at, d.seq) > (a.occurred_at, a.seq)
                                               and d.occurred_at <= tracking_event.event_time))));
-- Append-only. The application inserts every column but the identity and the record time, and reads
-- every column but contained_units.
grant insert (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint, parcel_id, shipper_id,
              return_id, unit_id, load_id, in_load_id, carrier_id, contained_units, biz_step, disposition,
              read_point_hub_id, latitude, longitude, event_time, event_offset_minutes, temperature_c,
              relative_humidity, shock_g, exception_kind, exception_reason) on tracking_event to homeward_app;
grant select (operator_id, id, seq, recorder_org_id, recorded_by, client_event_id, fingerprint, parcel_id, shipper_id,
              return_id, unit_id, load_id, in_load_id, carrier_id, biz_step, disposition, read_point_hub_id, latitude,
              longitude, event_time, event_offset_minutes, record_time, temperature_c, relative_humidity, shock_g,
              exception_kind, exception_reason) on tracking_event to homeward_app;

-- What a parcel or unit inherits: the events on the units and loads it was inside at each event's time,
-- with the parent it was directly inside (the "through"). The same lookup as the shipper's policy, for one
-- child. Security definer only so that it may read contained_units, which the application is not granted:
-- the owner is subject to the same policies (forced), bound to the same organization, so the function
-- finds only the caller's visible aggregation events and returns only events the caller may read. Its
-- search_path is fixed, pg_temp last, as for every security definer function: a session's temporary
-- table must not stand in for one of these.
create function tracking_inherited(child uuid)
    returns table (event_id uuid, through_id uuid, through_kind text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct on (e.id) e.id, coalesce(a.parent_unit_id, a.parent_load_id),
           case when a.parent_unit_id is not null then 'UNIT' else 'LOAD' end
    from aggregation_event a
    join tracking_event e on e.load_id = a.parent_load_id or a.parent_unit_id = any (e.contained_units)
    where (a.child_parcel_id = child or a.child_unit_id = child) and a.action = 'ADD'
      and a.occurred_at <= e.event_time
      and not exists (select 1 from aggregation_event d
                      where coalesce(d.child_parcel_id, d.child_unit_id) = child and d.action = 'DELETE'
                        and coalesce(d.parent_unit_id, d.parent_load_id) = coalesce(a.parent_unit_id, a.parent_load_id)
                        and (d.occurred_at, d.seq) > (a.occurred_at, a.seq)
                        and d.occurred_at <= e.event_time)
    order by e.id
$$;
revoke all on function tracking_inherited(uuid) from public;
grant execute on function tracking_inherited(uuid) to homeward_app;
-- The lookup of events by a unit they contained.
create index tracking_event_contained_units on tracking_event using gin (contained_units)
    where contained_units is not null;
create index tracking_aggregation_by_child_unit on aggregation_event (child_unit_id, occurred_at, seq)
    where child_unit_id is not null;
