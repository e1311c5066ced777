-- Demo consolidation, loaded after demo-data.sql in the same way (owner role, one transaction, the
-- operator bound, since every row here is the operator's). Homeward Hub Ops uses GS1's documentation
-- company prefix 0614141 with extension digit 1; its Madrid hub has loaded three loads on MAD-RTM-ROAD
-- (carried by Rapid Freight):
--   MAD-RTM-2026-W47  RECEIVED: one bag with Acme's parcel ACME-2026-0008-P1, received DAMAGED, an
--                     unexpected unlabelled parcel, and a seal that did not match the one it left with
--   MAD-RTM-2026-W49  DISPATCHED: one pallet holding a bag with Acme's ACME-2026-0006-P1 and a bag with
--                     Globex's GLOBEX-2026-0007-P1: a shared load, so both shippers have an advance notice;
--                     packed, closed and dispatched by 1 December 2026, so that what it holds now is what
--                     it left with (its dates lay in the future before, and contents showed it empty)
--   MAD-RTM-2026-W51  PLANNING, empty, cut-off in 2027: for the API guide's packing examples
-- Nothing is packed at São Paulo: the APPROVED GLOBAL-RECOVERY returns that start there (Acme's
-- ACME-2026-0007-P1, Globex's GLOBEX-2026-0006-P1 with UN 3481 smartphones and GLOBEX-2026-0008-P1)
-- stay open, so the API guide's loadPlan on GRU-RTM-SEA proposes a real load, and its loadPlanAccept
-- packs them (ApiGuideIntegrationTests unpacks them afterwards).
-- Ids: loads f0000000-...-00000000000N, units f1000000-...-00000000000N, events f2000000-..., receipt
-- lines f3000000-....

select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);

-- MAD-RTM-ROAD carries lithium batteries (Acme's headlamps are UN 3481), up to 100 kg per load; the
-- other lanes accept none, as every lane until its operator says otherwise.
update lane set accepts_lithium = true, lithium_max_kg = 100 where id = 'b0000000-0000-4000-8000-000000000001';

insert into consolidation_settings (operator_id, gs1_company_prefix, extension_digit, resolver_domain, next_serial, updated_at, version)
values ('11111111-1111-4111-8111-111111111111', '0614141', 1, 'https://id.gs1.org', 4, '2026-11-01 09:00:00+00', 0);

insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id, destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number, arrival_seal, seal_exception, created_by, created_at, updated_at, dispatched_at, received_at, version)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000001', 'MAD-RTM-2026-W47', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', '44444444-4444-4444-8444-444444444444', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'RECEIVED', '2026-11-20 15:00:00+00', '2026-11-20 18:00:00+00', 12000.000, 80.000, 'HW-SEAL-1047', 'HW-SEAL-1074', 'SEAL_MISMATCH', 'seed', '2026-11-16 08:00:00+00', '2026-11-24 10:30:00+00', '2026-11-20 17:40:00+00', '2026-11-24 10:30:00+00', 5),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', 'MAD-RTM-2026-W49', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', '44444444-4444-4444-8444-444444444444', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'DISPATCHED', '2026-12-01 15:00:00+00', '2026-12-01 18:00:00+00', 12000.000, 80.000, 'HW-SEAL-1049', null, null, 'seed', '2026-11-28 08:00:00+00', '2026-12-01 17:45:00+00', '2026-12-01 17:45:00+00', null, 2),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000003', 'MAD-RTM-2026-W51', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', '44444444-4444-4444-8444-444444444444', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'PLANNING', '2027-06-30 15:00:00+00', '2027-06-30 18:00:00+00', 12000.000, 80.000, null, null, null, 'seed', '2026-12-01 08:00:00+00', '2026-12-01 08:00:00+00', null, null, 0);

-- Parents before children: the pallet first.
insert into handling_unit (operator_id, id, kind, sscc, digital_link, hub_id, program_id, status, seal_number, parent_unit_id, load_id, carrier_id, created_by, created_at, updated_at, version)
values
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000001', 'BAG', '106141410000000002', 'https://id.gs1.org/00/106141410000000002', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'CLOSED', 'B-104701', null, 'f0000000-0000-4000-8000-000000000001', '44444444-4444-4444-8444-444444444444', 'seed', '2026-11-18 09:00:00+00', '2026-11-19 16:00:00+00', 1),
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000002', 'PALLET', '106141410000000019', 'https://id.gs1.org/00/106141410000000019', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'CLOSED', 'P-104901', null, 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 'seed', '2026-11-29 09:00:00+00', '2026-11-30 16:00:00+00', 1),
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000003', 'BAG', '106141410000000026', 'https://id.gs1.org/00/106141410000000026', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'CLOSED', 'B-104902', 'f1000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 'seed', '2026-11-29 09:05:00+00', '2026-11-29 15:00:00+00', 1),
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000004', 'BAG', '106141410000000033', 'https://id.gs1.org/00/106141410000000033', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'CLOSED', 'B-104903', 'f1000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 'seed', '2026-11-29 09:10:00+00', '2026-11-29 15:05:00+00', 1);

-- The manifest lines: physical data copied from the parcels (which the operator reads), UN numbers from
-- their items.
insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id, weight_kg, length_cm, width_cm, height_cm, un_numbers, packed_at)
select p.operator_id, p.id, p.shipper_id, p.return_id, v.unit_id::uuid, v.load_id::uuid, '44444444-4444-4444-8444-444444444444',
       p.weight_kg, p.length_cm, p.width_cm, p.height_cm, v.un_numbers, v.packed_at::timestamptz
from parcel p
join (values
    ('22222222-0001-4000-8000-000000000008', 'f1000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', null, '2026-11-18 10:00:00+00'),
    ('22222222-0001-4000-8000-000000000006', 'f1000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000002', '3481', '2026-11-29 10:00:00+00'),
    ('33333333-0001-4000-8000-000000000007', 'f1000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000002', '3481', '2026-11-29 10:30:00+00')
) as v (parcel_id, unit_id, load_id, un_numbers, packed_at) on p.id = v.parcel_id::uuid;

insert into load_shipper (operator_id, load_id, shipper_id, parcels)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 1),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', 1),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 1);

-- The packing as it happened, in order.
insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, parent_load_id, child_unit_id, child_parcel_id, shipper_id, carrier_id, recorded_by)
values
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000001', '2026-11-18 10:00:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000001', null, null, '22222222-0001-4000-8000-000000000008', '22222222-2222-4222-8222-222222222222', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000002', '2026-11-19 16:30:00+00', 'ADD', null, 'f0000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001', null, null, '44444444-4444-4444-8444-444444444444', 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000003', '2026-11-29 10:00:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000003', null, null, '22222222-0001-4000-8000-000000000006', '22222222-2222-4222-8222-222222222222', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000004', '2026-11-29 10:30:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000004', null, null, '33333333-0001-4000-8000-000000000007', '33333333-3333-4333-8333-333333333333', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000005', '2026-11-29 16:00:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000002', null, 'f1000000-0000-4000-8000-000000000003', null, null, null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000006', '2026-11-29 16:05:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000002', null, 'f1000000-0000-4000-8000-000000000004', null, null, null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000007', '2026-11-30 16:30:00+00', 'ADD', null, 'f0000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000002', null, null, '44444444-4444-4444-8444-444444444444', 'seed');

insert into receipt_line (operator_id, id, load_id, parcel_id, shipper_id, outcome, reference, note, photo_refs, recorded_by, recorded_at)
values
    ('11111111-1111-4111-8111-111111111111', 'f3000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', '22222222-0001-4000-8000-000000000008', '22222222-2222-4222-8222-222222222222', 'DAMAGED', null, 'Box crushed on one corner; jacket inside dry.', 'rtm/2026-11-24/ACME-2026-0008-P1-1.jpg', 'seed', '2026-11-24 10:30:00+00'),
    ('11111111-1111-4111-8111-111111111111', 'f3000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000001', null, null, 'UNEXPECTED', 'UNLABELLED-01', 'Small box without label found in the trailer.', null, 'seed', '2026-11-24 10:30:00+00');

-- The lithium mass of each packed parcel, as packing records it: its UN 3090/3091/3480/3481 items'
-- weight times quantity.
update unit_parcel up set lithium_kg = (
    select coalesce(sum(i.weight_kg * i.quantity), 0) from return_item i
    where i.shipper_id = up.shipper_id and i.return_id = up.return_id
      and i.un_number in ('3090', '3091', '3480', '3481')
      and (i.parcel_id = up.parcel_id or i.parcel_id is null));

-- The carrier's invoices, as loadCostRecord reconciles and splits them (DEFAULT method, 5 % tolerance;
-- the lane's rate card expects its minimum, 50.40 EUR with fuel, for either load). W47 carries only
-- Acme's parcel, whose courier price alone (21.83) is below the invoice: no capped split exists, so
-- the statement says so and falls back to pro rata. W49 is shared 9 kg : 1 kg and 6.2 % over the card,
-- so it is flagged.
insert into load_invoice (operator_id, load_id, amount, currency, invoice_reference, chargeable_kg, expected_amount, difference, tolerance_percent, flagged, method_requested, method_applied, fallback, recorded_by, recorded_at)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000001', 52.00, 'EUR', 'RF-2026-1047', 3.000, 50.40, 1.60, 5.00, false, 'DEFAULT', 'DEFAULT', 'INVOICE_ABOVE_STAND_ALONE', 'seed', '2026-11-25 09:00:00+00'),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', 53.50, 'EUR', 'RF-2026-1049', 10.000, 50.40, 3.10, 5.00, true, 'DEFAULT', 'DEFAULT', null, 'seed', '2026-12-01 20:00:00+00');
insert into cost_statement_line (operator_id, load_id, shipper_id, chargeable_kg, share, stand_alone_price, saving, currency, method_applied, fallback, shapley_error)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 3.000, 52.00, 21.83, -30.17, 'EUR', 'DEFAULT', 'INVOICE_ABOVE_STAND_ALONE', null),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', 9.000, 48.15, 72.26, 24.11, 'EUR', 'DEFAULT', null, null),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 1.000, 5.35, 66.83, 61.48, 'EUR', 'DEFAULT', null, null);
