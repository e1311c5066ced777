-- A customer's personal data (return_contact: name, e-mail, phone; return_private: street address and
-- free-text notes) is erased on the shipper's request (customerDataErase) or when the shipper's
-- retention window has passed since the return ended. Erasing overwrites those rows in place and marks
-- the return; the compliance record (the return with its city and country, items, parcels, customs,
-- tracking, disposition) stays, naming the customer by nothing but the return's id.
alter table return_order add column personal_data_erased_at timestamptz;

-- The shipper's retention window for personal data, in days after a return ended (CLOSED, DECLINED,
-- CANCELED). No row: nothing is erased on its own.
create table return_retention (
    shipper_id uuid        primary key references organization (id),
    days       integer     not null check (days between 30 and 3650),
    updated_at timestamptz not null,
    updated_by varchar(64) not null
);

alter table return_retention enable row level security;
alter table return_retention force row level security;
create policy return_retention_shipper on return_retention
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, update, delete on return_retention to homeward_app;

-- The retention job binds each shipper in turn (as the webhook relay does, ADR 0011); which shippers have
-- a window is all it learns before binding, from this function, which reads as the owner.
create policy return_retention_owner_read on return_retention for select to homeward_owner using (true);

create function personal_data_retention_shippers()
    returns setof uuid
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select shipper_id from return_retention order by shipper_id
$$;
revoke all on function personal_data_retention_shippers() from public;
grant execute on function personal_data_retention_shippers() to homeward_app;

-- The erasure job's search: returns that ended before the window, not yet erased.
create index return_order_personal_data_due on return_order (shipper_id, updated_at)
    where personal_data_erased_at is null and status in ('CLOSED', 'DECLINED', 'CANCELED');

-- Erasure overwrites a contact's fields in place (returns/V4 left the application no update on contacts
-- until it needed one); nothing else of a contact ever changes.
grant update (name, email, phone) on return_contact to homeward_app;
