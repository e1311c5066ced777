-- The mass of lithium batteries in a packed parcel, kept beside its UN numbers so that the lane's
-- per-load limit is checked against what the load holds without reading every shipper's items again
-- (and the carrier, who reads unit_parcel, sees the physical data it needs).
alter table unit_parcel
    add column lithium_kg numeric(10, 3) not null default 0 check (lithium_kg >= 0);
