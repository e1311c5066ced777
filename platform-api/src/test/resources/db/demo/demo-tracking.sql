-- Demo tracking, loaded after demo-customs.sql in the same way (owner role, one transaction, each
-- organization bound before its rows). The story of MAD-RTM-2026-W49, the shared load dispatched from
-- Madrid on 1 December 2026 with a pallet holding a bag of Acme's ACME-2026-0006-P1 and a bag of Globex's
-- GLOBEX-2026-0007-P1:
--   the Madrid hub accepted Acme's parcel (an event on the parcel itself), then loaded the load; the
--   carrier reported it departing, with a temperature reading, and then delayed on the road. The events
--   on the load reach both parcels through the containment record (each event lists the units inside the
--   load at its time: the pallet and its two bags), so Acme sees them on its parcel and Globex on its
--   own, and neither sees the other's parcel event.
-- Fingerprints and client event ids are the seed's own; record times are a minute after event times.

select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);
insert into tracking_event (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint, parcel_id, shipper_id, return_id, unit_id, load_id, in_load_id, carrier_id, contained_units, biz_step, disposition, read_point_hub_id, latitude, longitude, event_time, event_offset_minutes, record_time, temperature_c, relative_humidity, shock_g, exception_kind, exception_reason)
values
    ('11111111-1111-4111-8111-111111111111', 'f6000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'seed', 'seed-mad-accept-acme-0006', 'seed', '22222222-0001-4000-8000-000000000006', '22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000006', null, null, null, null, null, 'ACCEPTING', 'IN_PROGRESS', 'a0000000-0000-4000-8000-000000000001', null, null, '2026-11-28 15:00:00+00', 60, '2026-11-28 15:01:00+00', null, null, null, null, null),
    ('11111111-1111-4111-8111-111111111111', 'f6000000-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'seed', 'seed-mad-load-w49', 'seed', null, null, null, null, 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', '{f1000000-0000-4000-8000-000000000002,f1000000-0000-4000-8000-000000000003,f1000000-0000-4000-8000-000000000004}', 'LOADING', 'IN_PROGRESS', 'a0000000-0000-4000-8000-000000000001', null, null, '2026-12-01 16:30:00+00', 60, '2026-12-01 16:31:00+00', null, null, null, null, null);

-- The milestones these events reach, as the service reaches them after recording: Acme's parcel
-- DROPPED_OFF at the Madrid hub; the loading reaches none.
select return_milestones_reach('EVENT', array['f6000000-0000-4000-8000-000000000001', 'f6000000-0000-4000-8000-000000000002']::uuid[], null);

select set_config('app.org_id', '44444444-4444-4444-8444-444444444444', true), set_config('app.org_kind', 'CARRIER', true);
insert into tracking_event (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint, parcel_id, shipper_id, return_id, unit_id, load_id, in_load_id, carrier_id, contained_units, biz_step, disposition, read_point_hub_id, latitude, longitude, event_time, event_offset_minutes, record_time, temperature_c, relative_humidity, shock_g, exception_kind, exception_reason)
values
    ('11111111-1111-4111-8111-111111111111', 'f6000000-0000-4000-8000-000000000003', '44444444-4444-4444-8444-444444444444', 'seed', 'seed-rf-depart-w49', 'seed', null, null, null, null, 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', '{f1000000-0000-4000-8000-000000000002,f1000000-0000-4000-8000-000000000003,f1000000-0000-4000-8000-000000000004}', 'DEPARTING', 'IN_TRANSIT', null, 40.345600, -3.694100, '2026-12-01 17:50:00+00', 60, '2026-12-01 17:51:00+00', 8.50, null, null, null, null),
    ('11111111-1111-4111-8111-111111111111', 'f6000000-0000-4000-8000-000000000004', '44444444-4444-4444-8444-444444444444', 'seed', 'seed-rf-delay-w49', 'seed', null, null, null, null, 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', '{f1000000-0000-4000-8000-000000000002,f1000000-0000-4000-8000-000000000003,f1000000-0000-4000-8000-000000000004}', 'SHIPPING', 'IN_TRANSIT', null, 41.648800, -0.889100, '2026-12-01 21:10:00+00', 60, '2026-12-01 21:11:00+00', 6.00, null, null, 'DELAYED', 'Road closed by snow on the A-2 near Zaragoza; rerouted, about four hours late');

-- The departure reaches DEPARTED for both parcels in the load (through its containment record); the
-- delay reaches no milestone and stays the returns' open exception.
select return_milestones_reach('EVENT', array['f6000000-0000-4000-8000-000000000003', 'f6000000-0000-4000-8000-000000000004']::uuid[], null);
