-- Rate cards: versioned prices of a lane over a validity window. A published version never changes;
-- a new one is published instead. Like the rest of the network, published cards are readable by every
-- signed-in organization (quotes are computed from them for shippers); only the operator writes them.
create table rate_card (
    operator_id            uuid           not null references organization (id),
    id                     uuid primary key,
    lane_id                uuid           not null,
    version                integer        not null check (version > 0),
    currency               varchar(3)     not null,
    valid_from             timestamptz    not null,
    valid_to               timestamptz,
    minimum_charge         numeric(12, 2) not null check (minimum_charge >= 0),
    fuel_surcharge_percent numeric(5, 2)  not null check (fuel_surcharge_percent between 0 and 100),
    dangerous_goods_fee    numeric(12, 2) not null check (dangerous_goods_fee >= 0),
    pickup_fee             numeric(12, 2) not null check (pickup_fee >= 0),
    customs_clearance_fee  numeric(12, 2) not null check (customs_clearance_fee >= 0),
    load_capacity_kg       numeric(10, 1) not null check (load_capacity_kg > 0),
    published_at           timestamptz    not null,
    published_by           varchar(64)    not null,
    unique (operator_id, id),
    unique (lane_id, version),
    foreign key (operator_id, lane_id) references lane (operator_id, id),
    check (valid_to is null or valid_to > valid_from)
);
create index rate_card_lane_validity on rate_card (lane_id, valid_from desc);

-- Price per kg from from_kg upward, until the next break.
create table rate_card_break (
    operator_id  uuid           not null,
    rate_card_id uuid           not null,
    from_kg      numeric(10, 1) not null check (from_kg >= 0),
    price_per_kg numeric(12, 4) not null check (price_per_kg >= 0),
    primary key (rate_card_id, from_kg),
    foreign key (operator_id, rate_card_id) references rate_card (operator_id, id) on delete cascade
);

-- How full the operator expects a program's consolidated loads to be; quotes share a load's cost at
-- this fill. Set by the operator now, to follow history later.
create table program_pricing (
    operator_id   uuid         not null,
    program_id    uuid primary key,
    expected_fill numeric(4, 3) not null check (expected_fill > 0 and expected_fill <= 1),
    foreign key (operator_id, program_id) references program (operator_id, id)
);

-- A shipper's negotiated adjustment within a program, in percent of freight (negative is a discount).
-- Confidential: the operator and that shipper read it, no other shipper.
create table negotiated_adjustment (
    operator_id uuid         not null,
    program_id  uuid         not null,
    shipper_id  uuid         not null references organization (id),
    percent     numeric(5, 2) not null check (percent between -90 and 100),
    primary key (program_id, shipper_id),
    foreign key (operator_id, program_id) references program (operator_id, id)
);

do $$
declare
    t text;
begin
    foreach t in array array['rate_card', 'rate_card_break', 'program_pricing'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using ((select current_org()) is not null)',
                       t || '_read', t);
        execute format('create policy %I on %I for all using (operator_id = (select current_org()))'
                           || ' with check (operator_id = (select current_org()))', t || '_operator', t);
        execute format('grant select, insert, update on %I to homeward_app', t);
    end loop;
end
$$;

alter table negotiated_adjustment enable row level security;
alter table negotiated_adjustment force row level security;
create policy negotiated_adjustment_read on negotiated_adjustment for select
    using (shipper_id = (select current_org()) or operator_id = (select current_org()));
create policy negotiated_adjustment_operator on negotiated_adjustment for all
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
grant select, insert, update, delete on negotiated_adjustment to homeward_app;
