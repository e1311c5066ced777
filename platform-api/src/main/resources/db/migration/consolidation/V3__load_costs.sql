-- The carrier's invoice of a load, reconciled with the lane's rate card, and its split among the
-- shippers in the load. One invoice per load. The invoice and its reconciliation are the
-- operator's alone; each statement line is read by the operator and by the shipper it charges,
-- never by other shippers or the carrier. Tenant columns are denormalized onto each row and tied
-- to the load's by composite foreign keys, so each policy stays an indexed comparison.
create table load_invoice (
    operator_id       uuid           not null,
    load_id           uuid           not null,
    amount            numeric(14, 2) not null check (amount >= 0),
    currency          varchar(3)     not null,
    invoice_reference varchar(64)    not null,
    chargeable_kg     numeric(12, 3) not null,
    expected_amount   numeric(14, 2) not null,
    difference        numeric(14, 2) not null,
    tolerance_percent numeric(5, 2)  not null check (tolerance_percent between 0 and 100),
    flagged           boolean        not null,
    method_requested  varchar(16)    not null check (method_requested in ('DEFAULT', 'SHAPLEY', 'EQUAL_PROFIT')),
    method_applied    varchar(16)    not null check (method_applied in ('DEFAULT', 'SHAPLEY', 'EQUAL_PROFIT')),
    fallback          varchar(32),
    recorded_by       varchar(64)    not null,
    recorded_at       timestamptz    not null,
    constraint load_invoice_pk primary key (operator_id, load_id),
    constraint load_invoice_load_fk foreign key (operator_id, load_id) references load (operator_id, id),
    constraint load_invoice_reference_once unique (operator_id, invoice_reference)
);

create table cost_statement_line (
    operator_id       uuid           not null,
    load_id           uuid           not null,
    shipper_id        uuid           not null,
    chargeable_kg     numeric(12, 3) not null,
    share             numeric(14, 2) not null,
    stand_alone_price numeric(14, 2) not null,
    saving            numeric(14, 2) not null,
    currency          varchar(3)     not null,
    method_applied    varchar(16)    not null,
    fallback          varchar(32),
    shapley_error     numeric(14, 4),
    constraint cost_statement_line_pk primary key (operator_id, load_id, shipper_id),
    constraint cost_statement_line_invoice_fk foreign key (operator_id, load_id)
        references load_invoice (operator_id, load_id),
    -- A line charges a shipper that has parcels in the load.
    constraint cost_statement_line_shipper_fk foreign key (operator_id, load_id, shipper_id)
        references load_shipper (operator_id, load_id, shipper_id)
);
create index cost_statement_line_by_shipper on cost_statement_line (shipper_id, load_id);

alter table load_invoice enable row level security;
alter table load_invoice force row level security;
create policy load_invoice_operator on load_invoice
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
grant select, insert on load_invoice to homeward_app;

alter table cost_statement_line enable row level security;
alter table cost_statement_line force row level security;
create policy cost_statement_line_operator on cost_statement_line
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy cost_statement_line_shipper_read on cost_statement_line for select
    using (shipper_id = (select current_org()));
grant select, insert on cost_statement_line to homeward_app;
