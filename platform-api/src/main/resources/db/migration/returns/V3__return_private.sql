-- The program's operator reads return_order: it plans collection and customs by a return's city and
-- country. The customer's street address and the free-text notes (a reason written by the customer's
-- side, a decline or cancel reason written by the shipper) are personal data the operator has no need
-- of, so they move into return_private, which only the shipper's policy admits. return_order keeps
-- origin_city and origin_country.

create table return_private (
    shipper_id         uuid          not null,
    return_id          uuid          not null,
    origin_line1       varchar(200)  not null,
    origin_line2       varchar(200),
    origin_postal_code varchar(20),
    origin_region      varchar(100),
    reason_note        varchar(1000),
    status_note        varchar(1000),
    -- Keyed by tenant, like return_contact: a global key would answer "duplicate" for another
    -- tenant's return instead of "foreign key violation".
    constraint return_private_pkey primary key (shipper_id, return_id),
    constraint return_private_return_fk foreign key (shipper_id, return_id)
        references return_order (shipper_id, id) on delete cascade
);

alter table return_private enable row level security;
alter table return_private force row level security;
create policy return_private_shipper on return_private
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
-- Written with the return and changed by its transitions; nothing deletes a private row on its own
-- (it goes with its return).
grant select, insert, update on return_private to homeward_app;

-- Moving the existing rows. This migration runs as homeward_owner, and FORCE ROW LEVEL SECURITY
-- subjects the owner to the policies: bound to no organization it sees no return at all. Binding each
-- shipper in turn would need the list of shippers, and that list is behind RLS too (a shipper's
-- organization row is visible only while bound to that shipper). So the migration lifts FORCE from
-- return_order, and has not yet forced return_private, for the length of its own transaction: the owner
-- then reads and writes every tenant's rows in two set-based statements, each row keeping its own
-- shipper_id, which is exactly what the shipper-only policy would have required. Flyway runs the
-- migration in one transaction and ALTER TABLE holds an ACCESS EXCLUSIVE lock on return_order until it
-- commits, so no other session ever sees return_order without FORCE; if anything fails, the whole
-- migration, the lifting of FORCE included, rolls back. The application role is not the owner and is
-- subject to the policies whether or not they are forced.
alter table return_order no force row level security;
alter table return_private no force row level security;

insert into return_private (shipper_id, return_id, origin_line1, origin_line2, origin_postal_code, origin_region,
                            reason_note, status_note)
select shipper_id, id, origin_line1, origin_line2, origin_postal_code, origin_region, reason_note, status_note
from return_order;

alter table return_order
    drop column origin_line1,
    drop column origin_line2,
    drop column origin_postal_code,
    drop column origin_region,
    drop column reason_note,
    drop column status_note;

alter table return_order force row level security;
alter table return_private force row level security;
