-- Documents recorded for a load (docs/domain/customs-documents.md): the waste papers its goods need
-- (the Annex VII document, the notification and consent, the Basel prior informed consent) and the
-- evidence of returned goods relief (the INF 3 information sheet, proof of export, the foreign
-- shipper's declaration), each with its reference, issuer and validity, and the items it covers.
--
-- Who reads what:
--   the operator   of the load: everything, and writes it (operator_id);
--   the carrier    of the load: the documents themselves (kind, reference, issuer, validity), because
--                  the papers travel with the goods; not which items or shippers they cover
--                  (carrier_id, copied from the load and tied to it by the composite foreign key);
--   a shipper      the documents that cover at least one of its own items, and its own link rows only
--                  (shipper_id), never another shipper's items.
-- Append-only: a wrong document is superseded by recording the right one; nothing updates or deletes.

create table customs_document (
    operator_id  uuid         not null references organization (id),
    id           uuid         primary key,
    load_id      uuid         not null,
    -- The load's carrier, for the carrier's read policy; the foreign key makes it the load's own.
    carrier_id   uuid         not null,
    kind         varchar(40)  not null check (kind in ('ANNEX_VII_DOCUMENT', 'PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT',
                                                       'BASEL_PRIOR_INFORMED_CONSENT', 'INF3_INFORMATION_SHEET',
                                                       'PROOF_OF_EXPORT', 'FOREIGN_SHIPPER_DECLARATION')),
    reference    varchar(100) not null check (btrim(reference) <> ''),
    issuer       varchar(200) not null check (btrim(issuer) <> ''),
    valid_from   date         not null,
    -- Null where the document states no end.
    valid_until  date,
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    constraint customs_document_operator_id_key unique (operator_id, id),
    constraint customs_document_load_fk foreign key (operator_id, carrier_id, load_id)
        references load (operator_id, carrier_id, id),
    constraint customs_document_validity check (valid_until is null or valid_until >= valid_from)
);
create index customs_document_by_load on customs_document (load_id, recorded_at);
create index customs_document_by_carrier on customs_document (carrier_id, load_id);

-- Which items of the load a document covers. The item's shipper is copied for the shipper's policies;
-- the foreign keys tie it to the item and, with the operator, to the item's return, so a copied
-- shipper_id or operator_id cannot lie. (That the item belongs to that return is written by the
-- service from the item's own row: return_item has no key on (shipper_id, return_id, id) to point at,
-- and customs does not alter the returns module's tables.)
create table customs_document_item (
    operator_id uuid not null,
    document_id uuid not null,
    shipper_id  uuid not null,
    return_id   uuid not null,
    item_id     uuid not null,
    constraint customs_document_item_pk primary key (operator_id, document_id, item_id),
    constraint customs_document_item_document_fk foreign key (operator_id, document_id)
        references customs_document (operator_id, id),
    constraint customs_document_item_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id),
    constraint customs_document_item_item_fk foreign key (shipper_id, item_id) references return_item (shipper_id, id)
);
create index customs_document_item_by_item on customs_document_item (item_id);
create index customs_document_item_by_shipper on customs_document_item (shipper_id, document_id);

alter table customs_document enable row level security;
alter table customs_document force row level security;
create policy customs_document_operator on customs_document
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy customs_document_carrier_read on customs_document for select
    using (carrier_id = (select current_org()));
-- The lookup runs under the shipper's own policy of customs_document_item: its own link rows only.
create policy customs_document_shipper_read on customs_document for select
    using (exists (select 1 from customs_document_item i
                   where i.shipper_id = (select current_org()) and i.document_id = customs_document.id));
grant select, insert on customs_document to homeward_app;

alter table customs_document_item enable row level security;
alter table customs_document_item force row level security;
create policy customs_document_item_operator on customs_document_item
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy customs_document_item_shipper_read on customs_document_item for select
    using (shipper_id = (select current_org()));
grant select, insert on customs_document_item to homeward_app;
