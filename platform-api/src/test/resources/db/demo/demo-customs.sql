-- Demo customs, loaded after demo-consolidation.sql in the same way (owner role, one transaction, each
-- organization bound before its rows). Two GLOBAL-RECOVERY loads cross the customs border into the Union
-- at Rotterdam:
--   GRU-RTM-2026-W42  RECEIVED: one pallet with Acme's ACME-2026-0002-P1 (tents and headlamps, used) and
--                     Globex's GLOBEX-2026-0001-P1 (e-waste: handsets 16 02 14, laptops 20 01 35*). Its
--                     declaration went all the way to RELEASED under an MRN; the Basel consent of both
--                     e-waste items and the notification consent of the hazardous laptops are recorded.
--                     Its lines are what customsDeclarationCreate computes (EUR, 0.9137 EUR per USD): gross
--                     mass shared over each parcel's items by net mass in whole grams (largest remainder),
--                     values rounded once per line.
--   SGN-RTM-2026-W50  CLOSED at Ho Chi Minh City: one pallet with Acme's recall ACME-2026-0004-P1 and
--                     Globex's GLOBEX-2026-0004-P1, and no declaration yet: the API guide declares and lodges
--                     it (ApiGuideIntegrationTests removes the declaration afterwards), and until then
--                     loadDispatch refuses it with CUSTOMS_DECLARATION_MISSING.
-- Ids: loads f0000000-...-000000000004 and -5, units f1000000-...-000000000005 and -6, events f2000000-...
-- from -8, receipt lines f3000000-... from -3, declarations f4000000-..., documents f5000000-....

-- Acme's recall parcel carries the headlamps' replacement head straps too, unused: the item of the demo
-- that returned goods relief finds ELIGIBLE (EU_UCC_203, its export reference recorded).
select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true), set_config('app.org_kind', 'SHIPPER', true);
insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description, hs_code, origin_country, quantity, unit_value, currency, weight_kg, length_cm, width_cm, height_cm, item_condition, un_number, goods_class, waste_code, waste_hazardous)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000402', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000004', '22222222-0001-4000-8000-000000000004', 2, 'ACME-HLP-STRAP', 'Replacement head strap for the Lumen 400, unused in its bag', '630790', 'DE', 6, 4.90, 'USD', 0.030, null, null, null, 'NEW', null, 'PRODUCT', null, false);

select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);

insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id, destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number, arrival_seal, seal_exception, created_by, created_at, updated_at, dispatched_at, received_at, version)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000004', 'GRU-RTM-2026-W42', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000003', '44444444-4444-4444-8444-444444444444', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000004', 'RECEIVED', '2026-10-13 15:00:00+00', '2026-10-13 21:00:00+00', 20000.000, 60.000, 'HW-SEAL-1042', 'HW-SEAL-1042', null, 'seed', '2026-10-09 12:00:00+00', '2026-11-07 09:15:00+00', '2026-10-13 20:30:00+00', '2026-11-07 09:15:00+00', 5),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000005', 'SGN-RTM-2026-W50', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000006', '44444444-4444-4444-8444-444444444444', 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004', 'CLOSED', '2026-12-08 11:00:00+00', '2026-12-08 20:00:00+00', 2500.000, 12.000, 'HW-SEAL-1050', null, null, 'seed', '2026-12-01 02:00:00+00', '2026-12-01 10:00:00+00', null, null, 1);

insert into handling_unit (operator_id, id, kind, sscc, digital_link, hub_id, program_id, status, seal_number, parent_unit_id, load_id, carrier_id, created_by, created_at, updated_at, version)
values
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000005', 'PALLET', '106141410000000040', 'https://id.gs1.org/00/106141410000000040', 'a0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000002', 'CLOSED', 'P-104201', null, 'f0000000-0000-4000-8000-000000000004', '44444444-4444-4444-8444-444444444444', 'seed', '2026-10-12 09:00:00+00', '2026-10-13 14:00:00+00', 2),
    ('11111111-1111-4111-8111-111111111111', 'f1000000-0000-4000-8000-000000000006', 'PALLET', '106141410000000057', 'https://id.gs1.org/00/106141410000000057', 'a0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002', 'CLOSED', 'P-105001', null, 'f0000000-0000-4000-8000-000000000005', '44444444-4444-4444-8444-444444444444', 'seed', '2026-11-30 03:00:00+00', '2026-12-01 09:30:00+00', 2);
update consolidation_settings set next_serial = 6 where operator_id = '11111111-1111-4111-8111-111111111111';

insert into unit_parcel (operator_id, parcel_id, shipper_id, return_id, unit_id, load_id, carrier_id, weight_kg, length_cm, width_cm, height_cm, un_numbers, packed_at)
select p.operator_id, p.id, p.shipper_id, p.return_id, v.unit_id::uuid, v.load_id::uuid, '44444444-4444-4444-8444-444444444444',
       p.weight_kg, p.length_cm, p.width_cm, p.height_cm, v.un_numbers, v.packed_at::timestamptz
from parcel p
join (values
    ('22222222-0001-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000004', '3481', '2026-10-12 10:00:00+00'),
    ('33333333-0001-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000004', null, '2026-10-12 10:20:00+00'),
    ('22222222-0001-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000005', '3481', '2026-11-30 04:00:00+00'),
    ('33333333-0001-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000005', null, '2026-11-30 04:15:00+00')
) as v (parcel_id, unit_id, load_id, un_numbers, packed_at) on p.id = v.parcel_id::uuid;
update unit_parcel up set lithium_kg = (
    select coalesce(sum(i.weight_kg * i.quantity), 0) from return_item i
    where i.shipper_id = up.shipper_id and i.return_id = up.return_id
      and i.un_number in ('3090', '3091', '3480', '3481')
      and (i.parcel_id = up.parcel_id or i.parcel_id is null))
where up.load_id in ('f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005');

insert into load_shipper (operator_id, load_id, shipper_id, parcels)
values
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222', 1),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000004', '33333333-3333-4333-8333-333333333333', 1),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000005', '22222222-2222-4222-8222-222222222222', 1),
    ('11111111-1111-4111-8111-111111111111', 'f0000000-0000-4000-8000-000000000005', '33333333-3333-4333-8333-333333333333', 1);

insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, parent_load_id, child_unit_id, child_parcel_id, shipper_id, carrier_id, recorded_by)
values
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000008', '2026-10-12 10:00:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000005', null, null, '22222222-0001-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000009', '2026-10-12 10:20:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000005', null, null, '33333333-0001-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000010', '2026-10-13 14:00:00+00', 'ADD', null, 'f0000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000005', null, null, '44444444-4444-4444-8444-444444444444', 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000011', '2026-11-30 04:00:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000006', null, null, '22222222-0001-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000012', '2026-11-30 04:15:00+00', 'ADD', 'f1000000-0000-4000-8000-000000000006', null, null, '33333333-0001-4000-8000-000000000004', '33333333-3333-4333-8333-333333333333', null, 'seed'),
    ('11111111-1111-4111-8111-111111111111', 'f2000000-0000-4000-8000-000000000013', '2026-12-01 09:30:00+00', 'ADD', null, 'f0000000-0000-4000-8000-000000000005', 'f1000000-0000-4000-8000-000000000006', null, null, '44444444-4444-4444-8444-444444444444', 'seed');

insert into receipt_line (operator_id, id, load_id, parcel_id, shipper_id, outcome, reference, note, photo_refs, recorded_by, recorded_at)
values
    ('11111111-1111-4111-8111-111111111111', 'f3000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', '22222222-0001-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', 'RECEIVED', null, null, null, 'seed', '2026-11-07 09:15:00+00'),
    ('11111111-1111-4111-8111-111111111111', 'f3000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000004', '33333333-0001-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', 'RECEIVED', null, null, null, 'seed', '2026-11-07 09:15:00+00');

-- W42's declaration: lodged before departure, accepted, released on arrival.
insert into customs_declaration (operator_id, id, load_id, carrier_id, status, customs_reference, hold_reason, currency, export_country, import_country, created_by, created_at, updated_by, updated_at, version)
values
    ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '44444444-4444-4444-8444-444444444444', 'RELEASED', '26NL7Q4M2X9K1B3CA1', null, 'EUR', 'BR', 'NL', 'seed', '2026-10-13 09:00:00+00', 'seed', '2026-11-06 16:40:00+00', 3);
insert into customs_declaration_rate (operator_id, declaration_id, currency, rate)
values ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'USD', 0.91370000);
-- Acme's parcel, 12.400 kg: tents 2 x 5.400 = 10.800 kg net, headlamps 4 x 0.115 = 0.460 kg; gross
-- 12400 g x 10800/11260 = 11893.43 and x 460/11260 = 506.57, the spare gram to the larger remainder:
-- 11.893 and 0.507 kg. Globex's, 16.200 kg: laptops 8.500 kg net, handsets 6.400 kg: 9241.61 and
-- 6958.39 g, so 9.242 and 6.958 kg. Values: 918.00, 259.60, 30.00 and 60.00 USD at 0.9137.
insert into customs_declaration_line (operator_id, declaration_id, load_id, shipper_id, line_number, hs_code, origin_country, quantity, net_kg, gross_kg, statistical_value)
values
    ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222', 1, '630622', 'CN', 2, 10.800, 11.893, 838.78),
    ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222', 2, '851310', 'CN', 4, 0.460, 0.507, 237.20),
    ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '33333333-3333-4333-8333-333333333333', 3, '854991', 'CN', 5, 8.500, 9.242, 27.41),
    ('11111111-1111-4111-8111-111111111111', 'f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '33333333-3333-4333-8333-333333333333', 4, '854999', 'CN', 40, 6.400, 6.958, 54.82);

-- W42's waste papers: the Basel consent of both e-waste items (Y49 for the handsets, A1181 for the
-- laptops) and the notification consent of the hazardous laptops, from the competent authority of
-- destination.
insert into customs_document (operator_id, id, load_id, carrier_id, kind, reference, issuer, valid_from, valid_until, recorded_by, recorded_at)
values
    ('11111111-1111-4111-8111-111111111111', 'f5000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000004', '44444444-4444-4444-8444-444444444444', 'BASEL_PRIOR_INFORMED_CONSENT', 'BR-NL-PIC-2026-0417', 'Inspectie Leefomgeving en Transport (ILT), Netherlands', '2026-09-01', '2027-08-31', 'seed', '2026-10-12 15:00:00+00'),
    ('11111111-1111-4111-8111-111111111111', 'f5000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000004', '44444444-4444-4444-8444-444444444444', 'PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT', 'NL2026041700', 'Inspectie Leefomgeving en Transport (ILT), Netherlands', '2026-09-15', '2027-09-14', 'seed', '2026-10-12 15:05:00+00');
insert into customs_document_item (operator_id, document_id, shipper_id, return_id, item_id)
values
    ('11111111-1111-4111-8111-111111111111', 'f5000000-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', '33333333-0002-4000-8000-000000000101'),
    ('11111111-1111-4111-8111-111111111111', 'f5000000-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', '33333333-0002-4000-8000-000000000102'),
    ('11111111-1111-4111-8111-111111111111', 'f5000000-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', '33333333-0002-4000-8000-000000000102');
