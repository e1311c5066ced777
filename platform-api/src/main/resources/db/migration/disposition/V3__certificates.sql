-- Certificates of recycling, energy recovery or destruction (issue 12, point 5), from the processing partner the
-- hub sent an item to: the partner, its certification (R2v3, e-Stewards, an EU permit number, …) and the
-- certificate's own reference. The hub's operator records them once the item's final disposition is the one the
-- certificate attests; the item's shipper reads them.
create table disposal_certificate (
    shipper_id            uuid         not null,
    id                    uuid         not null,
    item_id               uuid         not null,
    operator_id           uuid         not null,
    kind                  varchar(16)  not null check (kind in ('RECYCLING', 'ENERGY_RECOVERY', 'DESTRUCTION')),
    partner_name          varchar(200) not null,
    scheme                varchar(12)  not null check (scheme in ('R2V3', 'E_STEWARDS', 'WEEELABEX', 'EU_PERMIT', 'ISO_14001', 'OTHER')),
    scheme_reference      varchar(100) not null,
    certificate_reference varchar(100) not null,
    issued_on             date         not null,
    recorded_by           varchar(64)  not null,
    recorded_at           timestamptz  not null,
    primary key (shipper_id, id),
    constraint disposal_certificate_reference unique (shipper_id, item_id, certificate_reference),
    constraint disposal_certificate_item_fk foreign key (shipper_id, operator_id, item_id)
        references return_item (shipper_id, operator_id, id)
);

alter table disposal_certificate enable row level security;
alter table disposal_certificate force row level security;
create policy disposal_certificate_operator_read on disposal_certificate for select
    using (operator_id = (select current_org()));
create policy disposal_certificate_operator_insert on disposal_certificate for insert
    with check (operator_id = (select current_org()));
create policy disposal_certificate_shipper_read on disposal_certificate for select
    using (shipper_id = (select current_org()));
grant select, insert on disposal_certificate to homeward_app;
