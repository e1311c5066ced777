-- Sustainability (issue 12): where the hubs are (WGS 84), so that the received demo loads' legs are measured
-- by the great-circle distance adjusted for the mode when the platform starts (W47 by road Madrid-Rotterdam,
-- W42 by sea São Paulo-Rotterdam); the recycling partner's certificate for Globex's handsets; and Globex's
-- waste streams, so that its report shows what each stream recovered and the disposal cost avoided.
select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);
update hub set latitude = 40.34000, longitude = -3.70000 where id = 'a0000000-0000-4000-8000-000000000001';
update hub set latitude = -23.52000, longitude = -46.67000 where id = 'a0000000-0000-4000-8000-000000000002';
update hub set latitude = 10.80000, longitude = 106.63000 where id = 'a0000000-0000-4000-8000-000000000003';
update hub set latitude = 51.89000, longitude = 4.43000 where id = 'a0000000-0000-4000-8000-000000000004';
insert into disposal_certificate (shipper_id, id, item_id, operator_id, kind, partner_name, scheme, scheme_reference, certificate_reference, issued_on, recorded_by, recorded_at)
values
    ('33333333-3333-4333-8333-333333333333', 'f6000000-0000-4000-8000-000000000001', '33333333-0002-4000-8000-000000000101', '11111111-1111-4111-8111-111111111111', 'RECYCLING', 'Rotterdam WEEE Recovery B.V.', 'WEEELABEX', 'WLX-NL-0042', 'RWR-2026-11-0918', '2026-11-30', 'seed', '2026-11-30 14:00:00+00');

select set_config('app.org_id', '33333333-3333-4333-8333-333333333333', true), set_config('app.org_kind', 'SHIPPER', true);
insert into waste_stream (shipper_id, code, name, material, hazardous, reuse_potential, recycling_potential, hs_prefix, waste_code, current_operation, disposal_cost_per_kg, currency, position, updated_by, updated_at)
values
    ('33333333-3333-4333-8333-333333333333', 'WEEE-HANDSETS', 'End-of-life handsets, batteries removed', 'ELECTRONICS', false, 'LOW', 'HIGH', null, '160214', 'D10', 0.4500, 'EUR', 1, 'seed', '2026-11-01 09:00:00+00'),
    ('33333333-3333-4333-8333-333333333333', 'WEEE-COMPUTERS', 'Laptops and computer parts', 'ELECTRONICS', false, 'MEDIUM', 'HIGH', '8471', null, 'D1', 0.2500, 'EUR', 2, 'seed', '2026-11-01 09:00:00+00'),
    ('33333333-3333-4333-8333-333333333333', 'LITHIUM-BATTERIES', 'Lithium-ion batteries', 'BATTERIES', true, 'NONE', 'MEDIUM', '850760', '160605', 'D10', 2.1000, 'EUR', 3, 'seed', '2026-11-01 09:00:00+00');
