-- Where a hub is, in WGS 84 degrees: what the sustainability module measures a leg by when its carrier
-- gives no distance (the great-circle distance between the load's hubs, with the framework's adjustment
-- for the mode). Hubs are provisioned with the network, as they were before, so the coordinates come the
-- same way; a hub without them leaves its legs unmeasured until its carrier gives the distance.
alter table hub
    add column latitude  numeric(8, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180),
    add check ((latitude is null) = (longitude is null));
