-- Shared loads: handling units identified by SSCCs, nested by aggregation events, loads along one lane
-- of a program with one carrier, and the receipt at the destination hub.
--
-- Who reads what (docs/domain/consolidation.md):
--   the operator   everything of its own (operator_id), and writes it;
--   the carrier    the loads assigned to it and the units and parcels in them (carrier_id, copied from
--                  the load onto every row inside it while it is inside): physical data only, no table
--                  here holds a declared value or a shipper's name;
--   a shipper      the loads its parcels travel in (lane, dates, status) and its own parcels, events and
--                  discrepancies in them (shipper_id), never another shipper's rows and no unit.
-- Each policy is a comparison of a denormalized column with the bound organization, except the
-- shipper's read of a load, an indexed lookup of its own row in load_shipper.

-- The operator's GS1 settings and its SSCC serial counter. The counter is a column of the operator's
-- row: allocating a serial updates the row, so concurrent allocations queue on its lock and a rolled
-- back allocation gives its number back: no gaps, no duplicates.
create table consolidation_settings (
    operator_id        uuid         primary key references organization (id),
    gs1_company_prefix varchar(12)  not null check (gs1_company_prefix ~ '^[0-9]{6,12}$'),
    extension_digit    smallint     not null check (extension_digit between 0 and 9),
    resolver_domain    varchar(200) not null check (resolver_domain ~ '^https://[A-Za-z0-9.-]+(:[0-9]+)?$'),
    next_serial        bigint       not null check (next_serial >= 0),
    updated_at         timestamptz  not null,
    version            integer      not null
);

create table load (
    operator_id        uuid          not null references organization (id),
    id                 uuid          primary key,
    reference          varchar(40)   not null,
    program_id         uuid          not null,
    lane_id            uuid          not null,
    carrier_id         uuid          not null references organization (id),
    origin_hub_id      uuid          not null,
    destination_hub_id uuid          not null,
    status             varchar(12)   not null
        check (status in ('PLANNING', 'CLOSED', 'DISPATCHED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVED')),
    cutoff_at          timestamptz   not null,
    departure_at       timestamptz   not null,
    capacity_kg        numeric(10, 3) not null check (capacity_kg > 0),
    capacity_m3        numeric(9, 3) not null check (capacity_m3 > 0),
    seal_number        varchar(40),
    arrival_seal       varchar(40),
    seal_exception     varchar(16) check (seal_exception in ('SEAL_MISMATCH', 'SEAL_BROKEN')),
    created_by         varchar(64)   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    dispatched_at      timestamptz,
    received_at        timestamptz,
    version            integer       not null,
    constraint load_operator_id_key unique (operator_id, id),
    -- What rows inside a load point at, so their carrier_id is the load's.
    constraint load_operator_carrier_id_key unique (operator_id, carrier_id, id),
    constraint load_reference_key unique (operator_id, reference),
    -- The lane is one of the program's lanes, of the same operator.
    constraint load_program_lane_fk foreign key (operator_id, program_id, lane_id)
        references program_lane (operator_id, program_id, lane_id),
    constraint load_origin_hub_fk foreign key (operator_id, origin_hub_id) references hub (operator_id, id),
    constraint load_destination_hub_fk foreign key (operator_id, destination_hub_id)
        references hub (operator_id, id),
    check (cutoff_at <= departure_at)
);
create index load_operator_page on load (operator_id, departure_at desc, id desc);
create index load_carrier_page on load (carrier_id, departure_at desc, id desc);

-- The shippers with parcels in a load: what a shipper's read policy of load looks up.
create table load_shipper (
    operator_id uuid    not null,
    load_id     uuid    not null,
    shipper_id  uuid    not null references organization (id),
    parcels     integer not null check (parcels >= 0),
    constraint load_shipper_pk primary key (operator_id, load_id, shipper_id),
    constraint load_shipper_load_fk foreign key (operator_id, load_id) references load (operator_id, id)
);
create index load_shipper_by_shipper on load_shipper (shipper_id, load_id) where parcels > 0;

create table handling_unit (
    operator_id    uuid        not null references organization (id),
    id             uuid        primary key,
    kind           varchar(10) not null check (kind in ('BAG', 'TOTE', 'PALLET', 'CONTAINER')),
    sscc           varchar(18) not null check (sscc ~ '^[0-9]{18}$'),
    -- The GS1 Digital Link URI the QR code holds, fixed when the label is first printable.
    digital_link   varchar(240) not null,
    hub_id         uuid        not null,
    program_id     uuid        not null,
    status         varchar(8)  not null check (status in ('OPEN', 'CLOSED')),
    seal_number    varchar(40),
    -- Where the unit is now; its history is in aggregation_event.
    parent_unit_id uuid,
    load_id        uuid,
    -- The carrier of the load the unit is in (directly or through its parents), for the carrier's policy.
    carrier_id     uuid,
    reopen_reason  varchar(500),
    created_by     varchar(64) not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null,
    constraint handling_unit_operator_id_key unique (operator_id, id),
    constraint handling_unit_sscc_key unique (operator_id, sscc),
    constraint handling_unit_hub_fk foreign key (operator_id, hub_id) references hub (operator_id, id),
    constraint handling_unit_program_fk foreign key (operator_id, program_id) references program (operator_id, id),
    constraint handling_unit_parent_fk foreign key (operator_id, parent_unit_id)
        references handling_unit (operator_id, id),
    constraint handling_unit_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id),
    check ((load_id is null) = (carrier_id is null)),
    check ((status = 'CLOSED') = (seal_number is not null)),
    check (parent_unit_id is null or parent_unit_id <> id)
);
create index handling_unit_by_load on handling_unit (load_id, sscc) where load_id is not null;
create index handling_unit_by_parent on handling_unit (parent_unit_id) where parent_unit_id is not null;
create index handling_unit_by_carrier on handling_unit (carrier_id, load_id) where carrier_id is not null;

-- Where a parcel is now, with the physical data the load plan, the carrier and the receipt need
-- (a manifest line): weights, dimensions and the UN numbers of its items. No value, no name.
create table unit_parcel (
    operator_id uuid           not null,
    parcel_id   uuid           not null,
    shipper_id  uuid           not null,
    return_id   uuid           not null,
    unit_id     uuid           not null,
    load_id     uuid,
    carrier_id  uuid,
    weight_kg   numeric(10, 3) not null,
    length_cm   numeric(7, 1)  not null,
    width_cm    numeric(7, 1)  not null,
    height_cm   numeric(7, 1)  not null,
    un_numbers  varchar(200),
    packed_at   timestamptz    not null,
    -- A parcel is in one unit at a time.
    constraint unit_parcel_pk primary key (operator_id, parcel_id),
    -- The parcel's return is in this operator's program, and the parcel is that return's.
    constraint unit_parcel_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id),
    constraint unit_parcel_parcel_fk foreign key (shipper_id, return_id, parcel_id)
        references parcel (shipper_id, return_id, id),
    constraint unit_parcel_unit_fk foreign key (operator_id, unit_id) references handling_unit (operator_id, id),
    constraint unit_parcel_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id),
    check ((load_id is null) = (carrier_id is null))
);
create index unit_parcel_by_unit on unit_parcel (unit_id);
create index unit_parcel_by_load on unit_parcel (load_id) where load_id is not null;
create index unit_parcel_by_shipper on unit_parcel (shipper_id, load_id);

-- Packing and unpacking as they happened (EPCIS aggregation events: ADD, DELETE). Append-only: the
-- contents of a unit or load at any moment are the children whose last event up to then is an ADD.
create table aggregation_event (
    operator_id     uuid         not null,
    id              uuid         primary key,
    seq             bigint       generated always as identity,
    occurred_at     timestamptz  not null,
    action          varchar(6)   not null check (action in ('ADD', 'DELETE')),
    parent_unit_id  uuid,
    parent_load_id  uuid,
    child_unit_id   uuid,
    child_parcel_id uuid,
    -- The child parcel's shipper, who reads the events of its own parcels.
    shipper_id      uuid,
    -- The carrier of the load the parent was in when the event was recorded.
    carrier_id      uuid,
    recorded_by     varchar(64)  not null,
    constraint aggregation_event_parent_unit_fk foreign key (operator_id, parent_unit_id)
        references handling_unit (operator_id, id),
    constraint aggregation_event_parent_load_fk foreign key (operator_id, parent_load_id)
        references load (operator_id, id),
    constraint aggregation_event_child_unit_fk foreign key (operator_id, child_unit_id)
        references handling_unit (operator_id, id),
    constraint aggregation_event_child_parcel_fk foreign key (shipper_id, child_parcel_id)
        references parcel (shipper_id, id),
    check ((parent_unit_id is null) <> (parent_load_id is null)),
    check ((child_unit_id is null) <> (child_parcel_id is null)),
    check ((child_parcel_id is null) = (shipper_id is null))
);
create index aggregation_event_by_parent_unit on aggregation_event (parent_unit_id, occurred_at, seq)
    where parent_unit_id is not null;
create index aggregation_event_by_parent_load on aggregation_event (parent_load_id, occurred_at, seq)
    where parent_load_id is not null;

-- What the destination hub found, parcel by parcel. A line of an unexpected parcel names no manifest
-- parcel and no shipper: only the operator reads it.
create table receipt_line (
    operator_id uuid          not null,
    id          uuid          primary key,
    load_id     uuid          not null,
    parcel_id   uuid,
    shipper_id  uuid,
    outcome     varchar(12)   not null check (outcome in ('RECEIVED', 'MISSING', 'DAMAGED', 'UNEXPECTED')),
    reference   varchar(60),
    note        varchar(1000),
    photo_refs  varchar(2000),
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null,
    constraint receipt_line_load_fk foreign key (operator_id, load_id) references load (operator_id, id),
    constraint receipt_line_parcel_fk foreign key (shipper_id, parcel_id) references parcel (shipper_id, id),
    constraint receipt_line_parcel_once unique (operator_id, load_id, parcel_id),
    check ((outcome = 'UNEXPECTED') = (parcel_id is null)),
    check ((parcel_id is null) = (shipper_id is null))
);
create index receipt_line_by_load on receipt_line (load_id);
create index receipt_line_by_shipper on receipt_line (shipper_id, load_id) where shipper_id is not null;

alter table consolidation_settings enable row level security;
alter table consolidation_settings force row level security;
create policy consolidation_settings_operator on consolidation_settings
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
grant select, insert, update on consolidation_settings to homeward_app;

alter table load enable row level security;
alter table load force row level security;
create policy load_operator on load
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy load_carrier_read on load for select using (carrier_id = (select current_org()));
-- The carrier moves its loads along (departed, arrived); which columns it changes is the service's.
create policy load_carrier_update on load for update
    using (carrier_id = (select current_org()))
    with check (carrier_id = (select current_org()));
create policy load_shipper_read on load for select
    using (exists (select 1 from load_shipper s
                   where s.shipper_id = (select current_org()) and s.load_id = load.id and s.parcels > 0));
grant select, insert, update on load to homeward_app;

alter table load_shipper enable row level security;
alter table load_shipper force row level security;
create policy load_shipper_operator on load_shipper
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy load_shipper_own on load_shipper for select using (shipper_id = (select current_org()));
grant select, insert, update on load_shipper to homeward_app;

alter table handling_unit enable row level security;
alter table handling_unit force row level security;
create policy handling_unit_operator on handling_unit
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy handling_unit_carrier_read on handling_unit for select using (carrier_id = (select current_org()));
grant select, insert, update on handling_unit to homeward_app;

alter table unit_parcel enable row level security;
alter table unit_parcel force row level security;
create policy unit_parcel_operator on unit_parcel
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy unit_parcel_read on unit_parcel for select
    using (shipper_id = (select current_org()) or carrier_id = (select current_org()));
grant select, insert, update, delete on unit_parcel to homeward_app;

alter table aggregation_event enable row level security;
alter table aggregation_event force row level security;
create policy aggregation_event_operator on aggregation_event
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy aggregation_event_read on aggregation_event for select
    using (shipper_id = (select current_org()) or carrier_id = (select current_org()));
-- Append-only: no update, no delete.
grant select, insert on aggregation_event to homeward_app;

alter table receipt_line enable row level security;
alter table receipt_line force row level security;
create policy receipt_line_operator on receipt_line
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy receipt_line_shipper_read on receipt_line for select using (shipper_id = (select current_org()));
grant select, insert on receipt_line to homeward_app;
