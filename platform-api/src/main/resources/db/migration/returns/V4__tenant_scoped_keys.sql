-- Keys that cannot probe or lie. Unique keys of tenant rows start with the tenant column, so a
-- "duplicate" can only ever be about the tenant's own rows; and the operator_id copied onto items and
-- parcels (the operator's read policy compares it) is tied to its return's by a composite foreign key,
-- so a wrong value cannot show an item to an operator that cannot see its return.

-- The unique key the composite foreign keys below point at.
alter table return_order
    add constraint return_order_shipper_operator_id_key unique (shipper_id, operator_id, id);

alter table parcel
    drop constraint parcel_return_id_reference_key,
    add constraint parcel_reference_per_return_key unique (shipper_id, return_id, reference),
    -- What an item's parcel foreign key points at: a parcel of the item's own return.
    add constraint parcel_shipper_return_id_key unique (shipper_id, return_id, id),
    drop constraint parcel_shipper_id_return_id_fkey,
    add constraint parcel_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id) on delete cascade;

alter table return_item
    drop constraint return_item_return_id_line_number_key,
    add constraint return_item_line_per_return_key unique (shipper_id, return_id, line_number),
    drop constraint return_item_shipper_id_return_id_fkey,
    add constraint return_item_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id) on delete cascade,
    -- An item travels in a parcel of its own return, not merely of its own shipper.
    drop constraint return_item_shipper_id_parcel_id_fkey,
    add constraint return_item_parcel_of_return_fk foreign key (shipper_id, return_id, parcel_id)
        references parcel (shipper_id, return_id, id);

-- The new unique keys start with (shipper_id, return_id) and serve what these served.
drop index parcel_return;
drop index return_item_return;
-- The batch reads of GraphQL look items and parcels up by return id alone (a page of an operator spans
-- shippers); the keys replaced above used to serve them.
create index parcel_by_return on parcel (return_id, reference);
create index return_item_by_return on return_item (return_id, line_number);

-- Grants the application does not use. Items, parcels and contacts are written once, with their
-- return, and never changed; nothing deletes a contact yet (erasure, when it comes, grants what it
-- needs).
revoke update on parcel, return_item from homeward_app;
drop policy parcel_update on parcel;
drop policy return_item_update on return_item;
revoke update, delete on return_contact from homeward_app;
