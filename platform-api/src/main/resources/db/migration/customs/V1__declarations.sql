-- The customs declaration of a load whose lane crosses a customs border (docs/domain/customs-declarations.md):
-- one per load, its exchange rates and its lines, one per shipper, HS code and origin.
--
-- Who reads what:
--   the load's operator  everything, and writes it (operator_id);
--   a shipper            the header of the declarations of loads it has parcels in (its row in load_shipper,
--                        as load_shipper_read does for the load) and its own lines only (shipper_id): never
--                        another shipper's goods or values, and not the operator's exchange rates;
--   the load's carrier   the header only (carrier_id, copied from the load): status and customs reference,
--                        what it needs to move the goods. The header holds no value; lines and rates do,
--                        and the carrier has no policy on them.
-- Tenant columns are copied onto each row and tied by composite foreign keys, so none can lie.

create table customs_declaration (
    operator_id       uuid          not null,
    id                uuid          primary key,
    load_id           uuid          not null,
    carrier_id        uuid          not null,
    status            varchar(8)    not null check (status in ('DRAFT', 'LODGED', 'ACCEPTED', 'HELD', 'RELEASED')),
    -- What the customs system answered the lodgement with (the MRN in the Union).
    customs_reference varchar(40),
    hold_reason       varchar(1000),
    currency          varchar(3)    not null check (currency ~ '^[A-Z]{3}$'),
    export_country    varchar(2)    not null check (export_country ~ '^[A-Z]{2}$'),
    import_country    varchar(2)    not null check (import_country ~ '^[A-Z]{2}$'),
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null,
    updated_by        varchar(64)   not null,
    updated_at        timestamptz   not null,
    version           integer       not null,
    constraint customs_declaration_operator_id_key unique (operator_id, id),
    -- One declaration per load.
    constraint customs_declaration_load_once unique (operator_id, load_id),
    -- What the lines point at, so a line's load is its declaration's.
    constraint customs_declaration_operator_load_id_key unique (operator_id, load_id, id),
    -- The load is the operator's, and carrier_id is the load's carrier.
    constraint customs_declaration_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id),
    check ((status = 'DRAFT') = (customs_reference is null)),
    check ((status = 'HELD') = (hold_reason is not null))
);
create index customs_declaration_by_load on customs_declaration (load_id);
create index customs_declaration_by_carrier on customs_declaration (carrier_id, load_id);

-- The operator's rates: units of the declaration's currency for one unit of another.
create table customs_declaration_rate (
    operator_id    uuid           not null,
    declaration_id uuid           not null,
    currency       varchar(3)     not null check (currency ~ '^[A-Z]{3}$'),
    rate           numeric(18, 8) not null check (rate > 0),
    constraint customs_declaration_rate_pk primary key (operator_id, declaration_id, currency),
    constraint customs_declaration_rate_declaration_fk foreign key (operator_id, declaration_id)
        references customs_declaration (operator_id, id)
);

create table customs_declaration_line (
    operator_id       uuid           not null,
    declaration_id    uuid           not null,
    load_id           uuid           not null,
    shipper_id        uuid           not null,
    line_number       integer        not null check (line_number > 0),
    -- As the items carry it: six digits of the Harmonized System and any national extension.
    hs_code           varchar(10)    not null check (hs_code ~ '^[0-9]{6,10}$'),
    origin_country    varchar(2)     not null check (origin_country ~ '^[A-Z]{2}$'),
    quantity          integer        not null check (quantity > 0),
    net_kg            numeric(12, 3) not null check (net_kg > 0),
    gross_kg          numeric(12, 3) not null check (gross_kg >= 0),
    -- In the declaration's currency, rounded to its minor unit (at most three decimals in ISO 4217).
    statistical_value numeric(16, 3) not null check (statistical_value >= 0),
    constraint customs_declaration_line_pk primary key (operator_id, declaration_id, line_number),
    constraint customs_declaration_line_key unique (operator_id, declaration_id, shipper_id, hs_code, origin_country),
    constraint customs_declaration_line_declaration_fk foreign key (operator_id, load_id, declaration_id)
        references customs_declaration (operator_id, load_id, id),
    -- A line's shipper has parcels in the load.
    constraint customs_declaration_line_shipper_fk foreign key (operator_id, load_id, shipper_id)
        references load_shipper (operator_id, load_id, shipper_id)
);
create index customs_declaration_line_by_declaration on customs_declaration_line (declaration_id, line_number);
create index customs_declaration_line_by_shipper on customs_declaration_line (shipper_id, declaration_id);

alter table customs_declaration enable row level security;
alter table customs_declaration force row level security;
create policy customs_declaration_operator on customs_declaration
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy customs_declaration_carrier_read on customs_declaration for select
    using (carrier_id = (select current_org()));
create policy customs_declaration_shipper_read on customs_declaration for select
    using (exists (select 1 from load_shipper s
                   where s.shipper_id = (select current_org()) and s.load_id = customs_declaration.load_id
                     and s.parcels > 0));
-- Created once, then only its status moves: no delete.
grant select, insert, update on customs_declaration to homeward_app;

alter table customs_declaration_rate enable row level security;
alter table customs_declaration_rate force row level security;
create policy customs_declaration_rate_operator on customs_declaration_rate
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
-- Written with the declaration, never changed.
grant select, insert on customs_declaration_rate to homeward_app;

alter table customs_declaration_line enable row level security;
alter table customs_declaration_line force row level security;
create policy customs_declaration_line_operator on customs_declaration_line
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy customs_declaration_line_shipper_read on customs_declaration_line for select
    using (shipper_id = (select current_org()));
grant select, insert on customs_declaration_line to homeward_app;
