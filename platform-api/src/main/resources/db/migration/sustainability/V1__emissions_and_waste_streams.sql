-- Sustainability: what each leg of a load emitted and each parcel's share of it, the distance a
-- carrier gives for its load, and the shippers' waste streams. A leg is measured once, when its load
-- is received, with the factor, adjustment and weights of that moment copied onto its rows: a later
-- factor table never changes a reported figure. Tenant columns are denormalized onto each row and tied
-- to the load's by composite foreign keys, so each policy stays an indexed comparison (as in
-- consolidation/V3).

-- The distance the load's carrier says the load travels, before it is received: it replaces the
-- great-circle estimate. The carrier writes it; the operator reads it.
create table load_distance (
    operator_id uuid          not null,
    carrier_id  uuid          not null,
    load_id     uuid          not null,
    distance_km numeric(8, 1) not null check (distance_km > 0 and distance_km <= 40000),
    note        varchar(500),
    reported_by varchar(64)   not null,
    reported_at timestamptz   not null,
    constraint load_distance_pk primary key (operator_id, load_id),
    constraint load_distance_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id)
);

create table leg_emission (
    operator_id       uuid           not null,
    carrier_id        uuid           not null,
    load_id           uuid           not null,
    program_id        uuid           not null,
    mode              varchar(8)     not null check (mode in ('ROAD', 'RAIL', 'SEA', 'AIR', 'PARCEL')),
    received_at       timestamptz    not null,
    distance_km       numeric(8, 1)  not null check (distance_km > 0),
    distance_source   varchar(12)    not null check (distance_source in ('CARRIER', 'GREAT_CIRCLE')),
    great_circle_km   numeric(8, 1),
    adjustment        varchar(40),
    adjustment_source varchar(300),
    parcels           integer        not null check (parcels > 0),
    mass_kg           numeric(12, 3) not null check (mass_kg > 0),
    chargeable_kg     numeric(12, 3) not null check (chargeable_kg > 0),
    tonne_km          numeric(14, 3) not null,
    factor_key        varchar(40)    not null,
    factor_version    varchar(40)    not null,
    factor_valid_from date           not null,
    factor_wtw        numeric(10, 3) not null,
    factor_ttw        numeric(10, 3) not null,
    factor_source     varchar(400)   not null,
    wtw_kg            numeric(14, 3) not null check (wtw_kg >= 0),
    ttw_kg            numeric(14, 3) not null check (ttw_kg >= 0 and ttw_kg <= wtw_kg),
    alone_mode        varchar(8)     not null,
    alone_distance_km numeric(8, 1)  not null,
    alone_factor_key  varchar(40)    not null,
    alone_factor_wtw  numeric(10, 3) not null,
    stand_alone_kg    numeric(14, 3) not null check (stand_alone_kg >= 0),
    measured_at       timestamptz    not null,
    constraint leg_emission_pk primary key (operator_id, load_id),
    constraint leg_emission_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id),
    check ((distance_source = 'GREAT_CIRCLE') = (great_circle_km is not null and adjustment is not null))
);
create index leg_emission_by_received on leg_emission (operator_id, received_at);
create index leg_emission_by_carrier on leg_emission (carrier_id, load_id);

-- A parcel's share of its leg, read by the operator and by the parcel's shipper alone: another
-- shipper in the same load never sees it.
create table parcel_emission (
    operator_id    uuid           not null,
    load_id        uuid           not null,
    parcel_id      uuid           not null,
    shipper_id     uuid           not null,
    return_id      uuid           not null,
    program_id     uuid           not null,
    received_at    timestamptz    not null,
    mass_kg        numeric(10, 3) not null,
    chargeable_kg  numeric(10, 3) not null check (chargeable_kg > 0),
    tonne_km       numeric(14, 3) not null,
    wtw_kg         numeric(14, 3) not null check (wtw_kg >= 0),
    ttw_kg         numeric(14, 3) not null check (ttw_kg >= 0),
    stand_alone_kg numeric(14, 3) not null check (stand_alone_kg >= 0),
    constraint parcel_emission_pk primary key (operator_id, load_id, parcel_id),
    constraint parcel_emission_leg_fk foreign key (operator_id, load_id)
        references leg_emission (operator_id, load_id),
    constraint parcel_emission_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id),
    constraint parcel_emission_parcel_fk foreign key (shipper_id, return_id, parcel_id)
        references parcel (shipper_id, return_id, id)
);
create index parcel_emission_by_shipper on parcel_emission (shipper_id, received_at);
create index parcel_emission_by_load on parcel_emission (load_id);

-- An industrial shipper's waste streams: which of its items each covers (an HS prefix or a European
-- waste code), the material, hazard and potentials, and what disposing of it costs today. The
-- shipper's alone.
create table waste_stream (
    shipper_id           uuid           not null references organization (id),
    code                 varchar(40)    not null check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    name                 varchar(200)   not null,
    material             varchar(20)    not null check (material in ('METAL', 'PLASTIC', 'PAPER', 'GLASS',
                                            'TEXTILE', 'WOOD', 'ELECTRONICS', 'BATTERIES', 'CHEMICAL', 'MIXED')),
    hazardous            boolean        not null,
    reuse_potential      varchar(6)     not null check (reuse_potential in ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    recycling_potential  varchar(6)     not null check (recycling_potential in ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    hs_prefix            varchar(10) check (hs_prefix ~ '^[0-9]{2,10}$'),
    waste_code           varchar(6) check (waste_code ~ '^[0-9]{6}$'),
    current_operation    varchar(3)     not null,
    disposal_cost_per_kg numeric(10, 4) not null check (disposal_cost_per_kg >= 0),
    currency             varchar(3)     not null check (currency ~ '^[A-Z]{3}$'),
    position             integer        not null,
    updated_by           varchar(64)    not null,
    updated_at           timestamptz    not null,
    constraint waste_stream_pk primary key (shipper_id, code),
    check (hs_prefix is not null or waste_code is not null)
);

alter table load_distance enable row level security;
alter table load_distance force row level security;
create policy load_distance_carrier on load_distance
    using (carrier_id = (select current_org()))
    with check (carrier_id = (select current_org()));
create policy load_distance_operator_read on load_distance for select using (operator_id = (select current_org()));
grant select, insert, update on load_distance to homeward_app;

alter table leg_emission enable row level security;
alter table leg_emission force row level security;
create policy leg_emission_operator on leg_emission
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy leg_emission_carrier_read on leg_emission for select using (carrier_id = (select current_org()));
-- A shipper with parcels in the load reads how the leg was measured (mode, distance, factor); the service
-- answers it the leg's totals as null, since they are of every shipper's parcels together.
create policy leg_emission_shipper_read on leg_emission for select
    using (exists (select 1 from load_shipper s
                   where s.shipper_id = (select current_org()) and s.load_id = leg_emission.load_id and s.parcels > 0));
-- What the measuring job learns before binding: which received loads have no leg yet.
create policy leg_emission_owner_read on leg_emission for select to homeward_owner using (true);
create policy load_measuring_owner_read on load for select to homeward_owner using (status = 'RECEIVED');
grant select, insert on leg_emission to homeward_app;

alter table parcel_emission enable row level security;
alter table parcel_emission force row level security;
create policy parcel_emission_operator on parcel_emission
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy parcel_emission_shipper_read on parcel_emission for select using (shipper_id = (select current_org()));
grant select, insert on parcel_emission to homeward_app;

alter table waste_stream enable row level security;
alter table waste_stream force row level security;
create policy waste_stream_shipper on waste_stream
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, update, delete on waste_stream to homeward_app;

-- The received loads whose leg is not measured yet (loads received before this module, or whose
-- hubs had no coordinates then), by operator: the measuring job then works as each operator.
create function sustainability_unmeasured_loads()
    returns table (operator_id uuid, load_id uuid)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select l.operator_id, l.id from load l
     where l.status = 'RECEIVED'
       and not exists (select 1 from leg_emission e where e.operator_id = l.operator_id and e.load_id = l.id)
     order by l.operator_id, l.received_at, l.id
$$;
revoke all on function sustainability_unmeasured_loads() from public;
grant execute on function sustainability_unmeasured_loads() to homeward_app;
