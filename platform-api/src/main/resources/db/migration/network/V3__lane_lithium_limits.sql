-- What a lane allows of lithium batteries (UN 3090/3091/3480/3481), as its operator and carrier
-- agreed. They live on the lane because they are a property of the carriage (mode, carrier, route),
-- not of a program: every load on the lane is held to them when something is packed or planned.
-- A lane accepts none until its operator says otherwise.
alter table lane
    add column accepts_lithium boolean        not null default false,
    add column lithium_max_kg  numeric(10, 3) not null default 0 check (lithium_max_kg >= 0);
