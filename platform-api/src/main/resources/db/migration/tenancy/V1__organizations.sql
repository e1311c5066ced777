create table organization (
    id         uuid primary key,
    name       varchar(200) not null,
    kind       varchar(16)  not null check (kind in ('OPERATOR', 'SHIPPER', 'CARRIER')),
    created_at timestamptz  not null default now()
);

alter table organization enable row level security;
alter table organization force row level security;
-- A shipper never learns of another shipper. Operators and carriers are named on programs and lanes,
-- so any signed-in organization may read them.
create policy organization_read on organization for select
    using (id = (select current_org())
        or (kind in ('OPERATOR', 'CARRIER') and (select current_org()) is not null));
-- Provisioning binds the new organization before inserting it.
create policy organization_provision on organization for insert
    with check (id = (select current_org()));
grant select on organization to homeward_app;

-- Idempotency keys, stored in the same transaction as the effect they guard: a replay finds the row
-- and the id of what was created; a concurrent duplicate waits on the primary key until the first
-- commits or rolls back.
create table idempotency_record (
    org_id          uuid         not null references organization (id),
    user_id         varchar(64)  not null,
    operation       varchar(64)  not null,
    idempotency_key varchar(128) not null,
    request_hash    varchar(64)     not null,
    result_id       uuid,
    created_at      timestamptz  not null default now(),
    primary key (org_id, user_id, operation, idempotency_key)
);

alter table idempotency_record enable row level security;
alter table idempotency_record force row level security;
create policy idempotency_record_tenant on idempotency_record
    using (org_id = (select current_org()))
    with check (org_id = (select current_org()));
grant select, insert, update on idempotency_record to homeward_app;
