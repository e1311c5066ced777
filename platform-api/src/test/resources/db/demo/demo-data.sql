-- Demo dataset of Homeward: one operator running two shared returns programs on a small network,
-- two shipper members with twelve returns each, and the carrier of the lanes.
--
-- Every table is under FORCE ROW LEVEL SECURITY, and this script runs as the table owner inside one
-- transaction, so it binds the organization that owns each block of rows, and its kind, before
-- inserting it, as the application binds both: an organization under its own id, the network under
-- the operator, memberships and returns under the shipper that owns them. Ids are fixed so that
-- tests can refer to them:
--   organizations  11111111-... operator, 22222222-... Acme Outdoor, 33333333-... Globex, 44444444-... carrier
--   hubs a0000000-...-00000000000N, lanes b0000000-..., programs c0000000-..., memberships d0000000-...
--   returns  <shipper prefix>-0000-4000-8000-0000000000NN (NN = 01..12, as in the RMA number)
--   parcels  <shipper prefix>-0001-4000-8000-0000000000NN (one per return)
--   items    <shipper prefix>-0002-4000-8000-00000000NNLL (LL = line number)
-- where the shipper prefix is 22222222 for Acme Outdoor and 33333333 for Globex Electronics.

-- Organizations, each inserted while bound to itself (policy organization_provision).
select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);
insert into organization (id, name, kind, created_at)
values
    ('11111111-1111-4111-8111-111111111111', 'Homeward Hub Ops', 'OPERATOR', '2026-01-15 09:00:00+00');

select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true), set_config('app.org_kind', 'SHIPPER', true);
insert into organization (id, name, kind, created_at)
values
    ('22222222-2222-4222-8222-222222222222', 'Acme Outdoor', 'SHIPPER', '2026-01-15 09:00:00+00');

select set_config('app.org_id', '33333333-3333-4333-8333-333333333333', true), set_config('app.org_kind', 'SHIPPER', true);
insert into organization (id, name, kind, created_at)
values
    ('33333333-3333-4333-8333-333333333333', 'Globex Electronics', 'SHIPPER', '2026-01-15 09:00:00+00');

select set_config('app.org_id', '44444444-4444-4444-8444-444444444444', true), set_config('app.org_kind', 'CARRIER', true);
insert into organization (id, name, kind, created_at)
values
    ('44444444-4444-4444-8444-444444444444', 'Rapid Freight', 'CARRIER', '2026-01-15 09:00:00+00');

-- The network of Homeward Hub Ops, written by the operator.
select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);

insert into hub (operator_id, id, code, name, kind, country_code, city, address, time_zone)
values
    ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000001', 'MAD', 'Madrid Collection Hub', 'COLLECTION', 'ES', 'Madrid', 'Calle de la Resina 41, Polígono Industrial Villaverde, 28021 Madrid', 'Europe/Madrid'),
    ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000002', 'GRU', 'São Paulo Collection Hub', 'COLLECTION', 'BR', 'São Paulo', 'Avenida Presidente Castelo Branco 3200, Barra Funda, São Paulo - SP, 01142-300', 'America/Sao_Paulo'),
    ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000003', 'SGN', 'Ho Chi Minh City Collection Hub', 'COLLECTION', 'VN', 'Ho Chi Minh City', 'Lô 21, Đường số 2, KCN Tân Bình, Phường Tây Thạnh, Quận Tân Phú, Thành phố Hồ Chí Minh 700000', 'Asia/Ho_Chi_Minh'),
    ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000004', 'RTM', 'Rotterdam Destination Hub', 'DESTINATION', 'NL', 'Rotterdam', 'Waalhaven Zuidzijde 21, 3089 JH Rotterdam', 'Europe/Amsterdam');

insert into lane (operator_id, id, code, origin_hub_id, destination_hub_id, mode, carrier_id, transit_days)
values
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', 'MAD-RTM-ROAD', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'ROAD', '44444444-4444-4444-8444-444444444444', 3),
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000002', 'MAD-RTM-PARCEL', 'a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000004', 'PARCEL', '44444444-4444-4444-8444-444444444444', 2),
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000003', 'GRU-RTM-SEA', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000004', 'SEA', '44444444-4444-4444-8444-444444444444', 24),
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000004', 'GRU-RTM-AIR', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000004', 'AIR', '44444444-4444-4444-8444-444444444444', 4),
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000005', 'SGN-RTM-SEA', 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004', 'SEA', '44444444-4444-4444-8444-444444444444', 30),
    ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000006', 'SGN-RTM-AIR', 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004', 'AIR', '44444444-4444-4444-8444-444444444444', 5);

insert into program (operator_id, id, code, name, description, destination_hub_id, accepts_products, accepts_waste, accepts_dangerous_goods, cutoff_days, cutoff_time, cutoff_time_zone, status)
values
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'EU-CONSUMER', 'EU Consumer Returns Pool', 'Shared consolidation of consumer returns from mainland Spain to the Rotterdam destination hub. Parcels are collected at the Madrid hub and moved by scheduled road linehaul or next-day parcel service. Accepts finished products, including equipment with installed lithium-ion batteries (UN 3481). Waste is not accepted.', 'a0000000-0000-4000-8000-000000000004', true, false, true, 'MON,WED,FRI', '16:00', 'Europe/Madrid', 'OPEN'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBAL-RECOVERY', 'Global Electronics Recovery', 'Recovery of electronics from Brazil and Vietnam to Rotterdam for refurbishment and material recovery. Consignments consolidate at the São Paulo and Ho Chi Minh City hubs and move by sea or, for urgent recalls, by air. Accepts finished products, waste electrical and electronic equipment and lithium battery dangerous goods.', 'a0000000-0000-4000-8000-000000000004', true, true, true, 'TUE,THU', '12:00', 'Europe/Amsterdam', 'OPEN');

-- What shippers accept when joining; carriers read the programs but not these (ADR 0006).
insert into program_terms (operator_id, program_id, terms)
values
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', '1. Scope. The programme carries returned finished products of members from Spain to the Homeward Rotterdam hub. Waste within the meaning of Directive 2008/98/EC is not accepted. 2. Dangerous goods. Lithium-ion batteries contained in or packed with equipment (UN 3481) are accepted when batteries are undamaged, terminals protected and packages marked under ADR special provision 188. Damaged or recalled batteries must be declared on the return before hand-over. 3. Cut-off. Parcels handed over at the Madrid hub before the cut-off (Monday, Wednesday and Friday 16:00 Europe/Madrid) depart with that day''s linehaul. Later parcels wait for the next departure. 4. Documentation. Every return carries an RMA number and one line per item with HS code, country of origin, quantity, value and condition. Members remain responsible for the accuracy of the data. 5. Liability. Carrier liability is limited to 8.33 SDR per kilogram of gross weight under the CMR Convention unless the member declares a higher value in writing. 6. Charges. Consolidation is billed per kilogram of chargeable weight at the rates in the member''s annex, net of VAT, monthly in arrears.'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', '1. Scope. The programme carries returned electronics, spare parts and waste electrical and electronic equipment (WEEE) from Brazil and Vietnam to the Homeward Rotterdam hub. 2. Waste. Every waste line carries its European List of Waste code. Shipments of hazardous waste (for example 20 01 35*) move only under a prior written notification and consent under Regulation (EC) No 1013/2006 and the Basel Convention, which the member obtains before hand-over. 3. Dangerous goods. Lithium-ion batteries (UN 3480, UN 3481) are accepted under the IMDG Code for sea lanes and the IATA Dangerous Goods Regulations for air lanes. Damaged, defective or recalled batteries are carried by sea only. 4. Cut-off. Consignments must be ready at the origin hub by Tuesday or Thursday 12:00 Europe/Amsterdam to join that week''s consolidation. 5. Customs. Members provide the export declaration reference of the origin country for each consignment. Import formalities and returned-goods relief claims in the Netherlands are handled by the operator as indirect representative. 6. Liability. Carrier liability follows the Hague-Visby Rules for sea and the Montreal Convention for air, unless a higher value is declared in writing.');

insert into program_lane (operator_id, program_id, lane_id)
values
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000003'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000004'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000005'),
    ('11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000006');

-- Acme Outdoor: memberships and returns of outdoor gear.
select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true), set_config('app.org_kind', 'SHIPPER', true);

insert into program_membership (shipper_id, id, operator_id, program_id, status, joined_at, left_at, version)
values
    ('22222222-2222-4222-8222-222222222222', 'd0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACTIVE', '2026-02-03 10:00:00+00', null, 0),
    ('22222222-2222-4222-8222-222222222222', 'd0000000-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACTIVE', '2026-03-17 10:00:00+00', null, 0);

insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city, origin_country, export_reference, exported_on, tracking_code, created_by, created_at, updated_at, version)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0001', 'CLOSED', 'DEFECTIVE', 'Madrid', 'ES', 'EXP-ES-2026-0142', '2026-10-06', 'HWFMQS79C482BXRDNC', 'seed', '2026-10-02 08:41:17+00', '2026-10-16 14:05:42+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACME-2026-0002', 'RECEIVED', 'END_OF_LIFE', 'São Paulo', 'BR', 'EXP-BR-2026-0233', '2026-10-12', 'HWHGSDM1EFGYWBQR3W', 'seed', '2026-10-05 13:22:09+00', '2026-11-04 09:47:30+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0003', 'DECLINED', 'NO_LONGER_NEEDED', 'Valencia', 'ES', null, null, 'HWRZ76ZRBVBJ3ZW1FW', 'seed', '2026-10-09 17:03:55+00', '2026-10-10 08:12:04+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACME-2026-0004', 'IN_TRANSIT', 'RECALL', 'Ho Chi Minh City', 'VN', 'EXP-VN-2026-0518', '2026-10-22', 'HWW8YHEF5CCD3NDW7Q', 'seed', '2026-10-14 03:18:40+00', '2026-10-23 06:55:12+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000005', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0005', 'CANCELED', 'WRONG_ITEM', 'Barcelona', 'ES', null, null, 'HWM59WXZQZG9CQW3XE', 'seed', '2026-10-18 10:27:31+00', '2026-10-19 16:40:02+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000006', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0006', 'APPROVED', 'DAMAGED_IN_TRANSIT', 'Sevilla', 'ES', null, null, 'HWE3RW84EBYKEBCPQD', 'seed', '2026-10-23 11:52:16+00', '2026-10-24 09:03:27+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACME-2026-0007', 'APPROVED', 'EXCESS_STOCK', 'Rio de Janeiro', 'BR', 'EXP-BR-2025-0917', '2025-11-20', 'HW9HA6XYBBB8MSG2EE', 'seed', '2026-10-29 14:36:48+00', '2026-11-02 12:10:19+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000008', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0008', 'APPROVED', 'NOT_AS_DESCRIBED', 'Bilbao', 'ES', null, null, 'HW1S2D9Y9X6NMXJJSC', 'seed', '2026-11-04 19:14:05+00', '2026-11-05 08:30:51+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000009', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0009', 'REQUESTED', 'DEFECTIVE', 'Zaragoza', 'ES', null, null, 'HWQFN0MCW7TZ9NQ89P', 'seed', '2026-11-12 07:45:22+00', '2026-11-12 07:45:22+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000010', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACME-2026-0010', 'REQUESTED', 'DEFECTIVE', 'Hanoi', 'VN', null, null, 'HWHA1R97AQGWDA5Y68', 'seed', '2026-11-17 02:09:37+00', '2026-11-17 02:09:37+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000011', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2026-0011', 'REQUESTED', 'NO_LONGER_NEEDED', 'Málaga', 'ES', null, null, 'HWANGV0K9HS1C89HKW', 'seed', '2026-11-23 16:58:11+00', '2026-11-23 16:58:11+00', 0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000012', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACME-2026-0012', 'REQUESTED', 'OTHER', 'Curitiba', 'BR', null, null, 'HWA0WB6971B3WTFMEF', 'seed', '2026-11-28 21:31:44+00', '2026-11-28 21:31:44+00', 0);

-- The street address and the notes, which only the shipper reads.
insert into return_private (shipper_id, return_id, origin_line1, origin_line2, origin_postal_code, origin_region, reason_note, status_note)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000001', 'Calle de Alcalá 214', '3º B', '28028', 'Comunidad de Madrid', 'Pole hub cracked on the second night of use.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000002', 'Rua Augusta 1508', 'Apto 62', '01304-001', 'SP', 'Rental fleet retired after three seasons.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000003', 'Avinguda del Port 88', 'Puerta 14', '46023', 'Comunitat Valenciana', null, 'Declined: return requested 64 days after delivery, outside the 30-day return window.'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000004', '123 Nguyễn Thị Minh Khai', 'Phường Bến Thành, Quận 1', '700000', 'Hồ Chí Minh', 'Recall HLP-2026-07: battery cell may overheat while charging.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000005', 'Carrer de Mallorca 401', '2n 1a', '08013', 'Cataluña', 'Ordered size M, received size L.', 'Canceled by the customer: the correct size was sent as an exchange instead.'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000006', 'Calle Feria 52', null, '41003', 'Andalucía', 'Tent bag torn and flysheet punctured on arrival.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000007', 'Avenida Brasil 19001', 'Galpão 3', '21530-000', 'RJ', 'End-of-season overstock at the Rio de Janeiro store.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000008', 'Calle Licenciado Poza 31', '5º izquierda', '48011', 'País Vasco', 'Colour is noticeably darker than shown on the product page.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000009', 'Paseo de Sagasta 19', null, '50008', 'Aragón', 'Headlamp no longer switches on after a full charge.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000010', '45 Phố Huế', 'Quận Hai Bà Trưng', '100000', 'Hà Nội', 'Sole separating from the upper after two weeks of use.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000011', 'Calle Larios 7', '4º A', '29005', 'Andalucía', 'Trip canceled, returning the unused gear.', null),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000012', 'Rua XV de Novembro 700', 'Casa 2', '80020-310', 'PR', 'Duplicate gift: the customer received two identical headlamps.', null);

insert into return_contact (shipper_id, return_id, name, email, phone)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000001', 'Lucía Fernández Ortega', 'lucia.fernandez@example.com', '+34 612 480 317'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000002', 'Rafael Souza Lima', 'rafael.lima@example.net', '+55 11 98765 4321'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000003', 'Javier Ruiz Morales', 'j.ruiz@example.com', '+34 655 201 984'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000004', 'Nguyễn Thị Lan', 'lan.nguyen@example.com', '+84 90 312 4476'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000005', 'Marc Puig Serra', 'marc.puig@example.net', '+34 699 114 572'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000006', 'Carmen Delgado Ríos', 'carmen.delgado@example.com', '+34 622 930 148'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000007', 'Ana Beatriz Carvalho', 'ana.carvalho@example.com', '+55 21 99123 8844'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000008', 'Iker Etxeberria Goñi', 'iker.etxeberria@example.net', '+34 688 402 219'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000009', 'Pablo Gracia Lahoz', 'pablo.gracia@example.com', '+34 633 587 006'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000010', 'Trần Minh Đức', 'duc.tran@example.com', '+84 91 845 2210'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000011', 'Elena Navarro Gil', 'elena.navarro@example.com', '+34 644 019 873'),
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000012', 'Gabriel Oliveira Santos', 'gabriel.santos@example.net', '+55 41 98456 1207');

insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm, height_cm)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000001', 'ACME-2026-0001-P1', 2.600, 52.0, 22.0, 22.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000002', 'ACME-2026-0002-P1', 12.400, 70.0, 55.0, 30.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000003', 'ACME-2026-0003-P1', 1.650, 36.0, 24.0, 15.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000004', 'ACME-2026-0004-P1', 1.100, 30.0, 20.0, 15.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000005', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000005', 'ACME-2026-0005-P1', 0.700, 35.0, 25.0, 8.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000006', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000006', 'ACME-2026-0006-P1', 2.800, 52.0, 22.0, 22.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000007', 'ACME-2026-0007-P1', 17.300, 80.0, 60.0, 45.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000008', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000008', 'ACME-2026-0008-P1', 0.650, 35.0, 25.0, 8.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000009', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000009', 'ACME-2026-0009-P1', 0.300, 20.0, 15.0, 10.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000010', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000010', 'ACME-2026-0010-P1', 1.500, 34.0, 23.0, 14.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000011', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000011', 'ACME-2026-0011-P1', 4.400, 60.0, 40.0, 30.0),
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000012', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000012', 'ACME-2026-0012-P1', 0.300, 20.0, 15.0, 10.0);

insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description, hs_code, origin_country, quantity, unit_value, currency, weight_kg, length_cm, width_cm, height_cm, item_condition, un_number, goods_class, waste_code, waste_hazardous)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000101', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000001', '22222222-0001-4000-8000-000000000001', 1, 'ACME-TNT-TRH2-GRN', 'Trailhead 2P backpacking tent, forest green', '630622', 'CN', 1, 249.00, 'EUR', 2.150, 48.0, 18.0, 18.0, 'DEFECTIVE', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000201', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000002', '22222222-0001-4000-8000-000000000002', 1, 'ACME-TNT-BSC4-ORG', 'Basecamp 4P tunnel tent, orange', '630622', 'CN', 2, 459.00, 'USD', 5.400, 65.0, 25.0, 25.0, 'USED', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000202', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000002', '22222222-0001-4000-8000-000000000002', 2, 'ACME-HLP-LMN400', 'Lumen 400 rechargeable headlamp, built-in lithium-ion battery', '851310', 'CN', 4, 64.90, 'USD', 0.115, 12.0, 9.0, 6.0, 'USED', '3481', 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000301', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000003', '22222222-0001-4000-8000-000000000003', 1, 'ACME-BOT-RDG-43-BRN', 'Ridgeback waterproof hiking boots, EU 43, brown', '640419', 'VN', 1, 149.00, 'EUR', 1.380, 34.0, 22.0, 13.0, 'USED', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000401', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000004', '22222222-0001-4000-8000-000000000004', 1, 'ACME-HLP-LMN400', 'Lumen 400 rechargeable headlamp, built-in lithium-ion battery', '851310', 'CN', 6, 64.90, 'USD', 0.115, 12.0, 9.0, 6.0, 'DEFECTIVE', '3481', 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000501', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000005', '22222222-0001-4000-8000-000000000005', 1, 'ACME-JKT-STRM-M-BLU', 'Stormline 3-layer waterproof shell jacket, men''s M, blue', '620193', 'VN', 1, 179.00, 'EUR', 0.540, null, null, null, 'NEW', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000601', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000006', '22222222-0001-4000-8000-000000000006', 1, 'ACME-TNT-TRH2-GRN', 'Trailhead 2P backpacking tent, forest green', '630622', 'CN', 1, 249.00, 'EUR', 2.150, 48.0, 18.0, 18.0, 'DAMAGED', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000602', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000006', '22222222-0001-4000-8000-000000000006', 2, 'ACME-HLP-LMN400', 'Lumen 400 rechargeable headlamp, built-in lithium-ion battery', '851310', 'CN', 1, 59.90, 'EUR', 0.115, 12.0, 9.0, 6.0, 'NEW', '3481', 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000701', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000007', '22222222-0001-4000-8000-000000000007', 1, 'ACME-JKT-STRM-M-BLU', 'Stormline 3-layer waterproof shell jacket, men''s M, blue', '620193', 'VN', 12, 195.00, 'USD', 0.540, null, null, null, 'NEW', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000702', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000007', '22222222-0001-4000-8000-000000000007', 2, 'ACME-BOT-RDG-43-BRN', 'Ridgeback waterproof hiking boots, EU 43, brown', '640419', 'VN', 6, 159.00, 'USD', 1.380, 34.0, 22.0, 13.0, 'NEW', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000801', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000008', '22222222-0001-4000-8000-000000000008', 1, 'ACME-JKT-STRM-W-S-RED', 'Stormline 3-layer waterproof shell jacket, women''s S, red', '620193', 'VN', 1, 179.00, 'EUR', 0.480, null, null, null, 'OPENED', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000000901', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000009', null, 1, 'ACME-HLP-LMN400', 'Lumen 400 rechargeable headlamp, built-in lithium-ion battery', '851310', 'CN', 1, 59.90, 'EUR', 0.115, 12.0, 9.0, 6.0, 'DEFECTIVE', '3481', 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000001001', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000010', null, 1, 'ACME-BOT-RDG-39-GRY', 'Ridgeback waterproof hiking boots, EU 39, grey', '640419', 'VN', 1, 159.00, 'USD', 1.210, 32.0, 21.0, 12.0, 'DEFECTIVE', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000001101', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000011', null, 1, 'ACME-TNT-TRH2-GRN', 'Trailhead 2P backpacking tent, forest green', '630622', 'CN', 1, 249.00, 'EUR', 2.150, 48.0, 18.0, 18.0, 'OPENED', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000001102', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000011', null, 2, 'ACME-BOT-RDG-39-GRY', 'Ridgeback waterproof hiking boots, EU 39, grey', '640419', 'VN', 1, 149.00, 'EUR', 1.210, 32.0, 21.0, 12.0, 'NEW', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000001103', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000011', null, 3, 'ACME-JKT-STRM-W-S-RED', 'Stormline 3-layer waterproof shell jacket, women''s S, red', '620193', 'VN', 1, 179.00, 'EUR', 0.480, null, null, null, 'NEW', null, 'PRODUCT', null, false),
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000001201', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000012', null, 1, 'ACME-HLP-LMN400', 'Lumen 400 rechargeable headlamp, built-in lithium-ion battery', '851310', 'CN', 1, 64.90, 'USD', 0.115, 12.0, 9.0, 6.0, 'NEW', '3481', 'PRODUCT', null, false);

-- Globex Electronics: memberships and returns of electronics and electronic waste.
select set_config('app.org_id', '33333333-3333-4333-8333-333333333333', true), set_config('app.org_kind', 'SHIPPER', true);

insert into program_membership (shipper_id, id, operator_id, program_id, status, joined_at, left_at, version)
values
    ('33333333-3333-4333-8333-333333333333', 'd0000000-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACTIVE', '2026-02-10 14:30:00+00', null, 0),
    ('33333333-3333-4333-8333-333333333333', 'd0000000-0000-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'ACTIVE', '2026-02-24 08:15:00+00', null, 0);

insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city, origin_country, export_reference, exported_on, tracking_code, created_by, created_at, updated_at, version)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0001', 'CLOSED', 'END_OF_LIFE', 'São Paulo', 'BR', 'EXP-BR-2026-0178', '2026-10-07', 'HW3Q6Z391PBTWSDKPZ', 'seed', '2026-10-01 12:04:33+00', '2026-11-06 15:22:10+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'GLOBEX-2026-0002', 'RECEIVED', 'DEFECTIVE', 'Madrid', 'ES', 'EXP-ES-2026-0163', '2026-10-13', 'HWWK47MS7MR85HK6Z6', 'seed', '2026-10-08 09:31:26+00', '2026-10-17 11:48:59+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0003', 'DECLINED', 'END_OF_LIFE', 'Hanoi', 'VN', null, null, 'HW0DYZ85NK9X64J6MB', 'seed', '2026-10-11 04:40:12+00', '2026-10-13 07:15:38+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0004', 'IN_TRANSIT', 'RECALL', 'Ho Chi Minh City', 'VN', 'EXP-VN-2026-0544', '2026-10-27', 'HW5PS4NKX9H83SQFYA', 'seed', '2026-10-16 06:23:51+00', '2026-10-28 02:36:14+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000005', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'GLOBEX-2026-0005', 'CANCELED', 'NO_LONGER_NEEDED', 'Barcelona', 'ES', null, null, 'HWC5QDQPQ2N4KGKYPP', 'seed', '2026-10-21 18:12:07+00', '2026-10-22 10:05:44+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000006', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0006', 'APPROVED', 'EXCESS_STOCK', 'São Paulo', 'BR', null, null, 'HWV1BNKXA4HBX7G4RP', 'seed', '2026-10-26 15:47:29+00', '2026-10-30 13:20:05+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'GLOBEX-2026-0007', 'APPROVED', 'WRONG_ITEM', 'Valencia', 'ES', null, null, 'HWEJ1ZHE30SF9S2376', 'seed', '2026-11-02 10:58:40+00', '2026-11-03 08:44:17+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000008', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0008', 'APPROVED', 'END_OF_LIFE', 'Belo Horizonte', 'BR', null, null, 'HWWFPN981M9EWKTXM3', 'seed', '2026-11-06 13:15:02+00', '2026-11-09 17:28:36+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000009', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'GLOBEX-2026-0009', 'REQUESTED', 'DAMAGED_IN_TRANSIT', 'Sevilla', 'ES', null, null, 'HWNEVZNZ5886KEN2AV', 'seed', '2026-11-14 12:37:58+00', '2026-11-14 12:37:58+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000010', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0010', 'REQUESTED', 'DEFECTIVE', 'Da Nang', 'VN', null, null, 'HW3RYBM9SE189GG9NV', 'seed', '2026-11-19 08:06:25+00', '2026-11-19 08:06:25+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000011', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'GLOBEX-2026-0011', 'REQUESTED', 'NOT_AS_DESCRIBED', 'Bilbao', 'ES', null, null, 'HWJV1KTQ5WPC4AYSEA', 'seed', '2026-11-25 20:49:13+00', '2026-11-25 20:49:13+00', 0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000012', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000002', 'GLOBEX-2026-0012', 'REQUESTED', 'END_OF_LIFE', 'Ho Chi Minh City', 'VN', null, null, 'HW5MQ6NTJ0N0J6G725', 'seed', '2026-11-29 05:33:47+00', '2026-11-29 05:33:47+00', 0);

-- The street address and the notes, which only the shipper reads.
insert into return_private (shipper_id, return_id, origin_line1, origin_line2, origin_postal_code, origin_region, reason_note, status_note)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', 'Avenida das Nações Unidas 12901', 'Torre Norte, 8º andar', '04578-910', 'SP', 'Take-back batch from the São Paulo trade-in programme.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000002', 'Paseo de la Castellana 95', 'Planta 12', '28046', 'Comunidad de Madrid', 'Laptop shuts down at 30 % battery.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000003', '45 Phố Huế', 'Quận Hai Bà Trưng', '100000', 'Hà Nội', 'Collected laptops from a school refresh project.', 'Declined: hazardous WEEE needs the prior written consent of the Basel Convention authorities, which was not provided.'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000004', 'Lô C2, Đường số 7, KCN Tân Tạo', 'Phường Tân Tạo A, Quận Bình Tân', '700000', 'Hồ Chí Minh', 'Recall CHG-65-2026: insulation fault on early production lots.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000005', 'Carrer de Mallorca 401', '2n 1a', '08013', 'Cataluña', null, 'Canceled by the customer before dispatch: decided to keep the phone.'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000006', 'Avenida das Nações Unidas 12901', 'Torre Norte, 8º andar', '04578-910', 'SP', 'Distributor overstock after the Black Friday forecast was revised.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000007', 'Avinguda del Port 88', 'Puerta 14', '46023', 'Comunitat Valenciana', 'Ordered the 256 GB blue model, received the 128 GB black one.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000008', 'Rua dos Guajajaras 1470', 'Sala 301', '30180-101', 'MG', 'Quarterly take-back collection from Belo Horizonte stores.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000009', 'Calle Feria 52', null, '41003', 'Andalucía', 'Screen hinge broken and lid dented on delivery.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000010', '210 Đường Nguyễn Văn Linh', 'Quận Thanh Khê', '550000', 'Đà Nẵng', 'Keyboard failure on three units from the same batch.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000011', 'Calle Licenciado Poza 31', '5º izquierda', '48011', 'País Vasco', 'Desktop charger delivers 45 W, not the advertised 100 W. The phone bought in the same bundle goes back with it.', null),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000012', 'Lô C2, Đường số 7, KCN Tân Tạo', 'Phường Tân Tạo A, Quận Bình Tân', '700000', 'Hồ Chí Minh', 'Chargers collected at the Ho Chi Minh City service centre.', null);

insert into return_contact (shipper_id, return_id, name, email, phone)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000001', 'Mariana Costa Ribeiro', 'mariana.ribeiro@example.com', '+55 11 97234 5610'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000002', 'Sofía Martín Castillo', 'sofia.martin@example.com', '+34 611 736 402'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000003', 'Phạm Quốc Huy', 'huy.pham@example.net', '+84 98 221 7043'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000004', 'Lê Hoàng Nam', 'nam.le@example.com', '+84 93 640 5128'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000005', 'Jordi Vidal Roca', 'jordi.vidal@example.com', '+34 677 305 911'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000006', 'Thiago Almeida Pereira', 'thiago.pereira@example.com', '+55 11 96045 3382'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000007', 'Laura Sánchez Vidal', 'laura.sanchez@example.net', '+34 690 852 433'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000008', 'Fernanda Rocha Mendes', 'fernanda.mendes@example.com', '+55 31 99718 2045'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000009', 'Antonio Romero Vega', 'antonio.romero@example.com', '+34 629 447 160'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000010', 'Võ Thị Mai', 'mai.vo@example.com', '+84 90 578 3391'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000011', 'Ane Arrieta Zubiri', 'ane.arrieta@example.net', '+34 605 318 722'),
    ('33333333-3333-4333-8333-333333333333', '33333333-0000-4000-8000-000000000012', 'Đặng Văn Phúc', 'phuc.dang@example.com', '+84 97 164 0825');

insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm, height_cm)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000001', 'GLOBEX-2026-0001-P1', 16.200, 60.0, 40.0, 40.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000002', 'GLOBEX-2026-0002-P1', 2.300, 45.0, 33.0, 12.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000003', 'GLOBEX-2026-0003-P1', 55.000, 80.0, 60.0, 60.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000004', 'GLOBEX-2026-0004-P1', 4.300, 40.0, 30.0, 25.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000005', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000005', 'GLOBEX-2026-0005-P1', 0.400, 22.0, 14.0, 8.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000006', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000006', 'GLOBEX-2026-0006-P1', 8.100, 60.0, 40.0, 30.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000007', 'GLOBEX-2026-0007-P1', 0.400, 22.0, 14.0, 8.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000008', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000008', 'GLOBEX-2026-0008-P1', 22.000, 80.0, 60.0, 40.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000009', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000009', 'GLOBEX-2026-0009-P1', 3.000, 50.0, 38.0, 14.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000010', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000010', 'GLOBEX-2026-0010-P1', 6.200, 50.0, 40.0, 30.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000011', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000011', 'GLOBEX-2026-0011-P1', 0.900, 25.0, 18.0, 12.0),
    ('33333333-3333-4333-8333-333333333333', '33333333-0001-4000-8000-000000000012', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000012', 'GLOBEX-2026-0012-P1', 22.500, 60.0, 40.0, 40.0);

insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description, hs_code, origin_country, quantity, unit_value, currency, weight_kg, length_cm, width_cm, height_cm, item_condition, un_number, goods_class, waste_code, waste_hazardous)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000101', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000001', '33333333-0001-4000-8000-000000000001', 1, 'GLX-WEEE-HANDSET', 'End-of-life Nova smartphones, batteries removed, for material recovery', '854999', 'CN', 40, 1.50, 'USD', 0.160, null, null, null, 'SCRAP', null, 'WASTE', '160214', false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000102', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000001', '33333333-0001-4000-8000-000000000001', 2, 'GLX-WEEE-LAPTOP-BAT', 'End-of-life Vector laptops with lithium-ion batteries fitted', '854991', 'CN', 5, 6.00, 'USD', 1.700, null, null, null, 'SCRAP', null, 'WASTE', '200135', true),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000201', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000002', '33333333-0001-4000-8000-000000000002', 1, 'GLX-VCTR-14-16-512', 'Vector 14 laptop, 16 GB RAM, 512 GB SSD', '847130', 'CN', 1, 1199.00, 'EUR', 1.620, 38.0, 27.0, 6.0, 'DEFECTIVE', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000202', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000002', '33333333-0001-4000-8000-000000000002', 2, 'GLX-CHG-65W-GAN', '65 W USB-C GaN charger, EU plug', '850440', 'CN', 1, 39.00, 'EUR', 0.150, 9.0, 7.0, 4.0, 'NEW', null, 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000301', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000003', '33333333-0001-4000-8000-000000000003', 1, 'GLX-WEEE-LAPTOP-BAT', 'End-of-life Vector laptops with lithium-ion batteries fitted', '854991', 'CN', 30, 6.00, 'USD', 1.700, null, null, null, 'SCRAP', null, 'WASTE', '200135', true),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000401', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000004', '33333333-0001-4000-8000-000000000004', 1, 'GLX-CHG-65W-GAN', '65 W USB-C GaN charger, EU plug', '850440', 'CN', 25, 42.00, 'USD', 0.150, 9.0, 7.0, 4.0, 'DEFECTIVE', null, 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000501', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000005', '33333333-0001-4000-8000-000000000005', 1, 'GLX-NOVA-X5-128-BLK', 'Nova X5 smartphone, 128 GB, midnight black', '851713', 'CN', 1, 699.00, 'EUR', 0.195, 17.0, 9.0, 5.0, 'NEW', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000601', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000006', '33333333-0001-4000-8000-000000000006', 1, 'GLX-NOVA-X5-128-BLK', 'Nova X5 smartphone, 128 GB, midnight black', '851713', 'CN', 20, 749.00, 'USD', 0.195, 17.0, 9.0, 5.0, 'NEW', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000602', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000006', '33333333-0001-4000-8000-000000000006', 2, 'GLX-CHG-65W-GAN', '65 W USB-C GaN charger, EU plug', '850440', 'CN', 20, 42.00, 'USD', 0.150, 9.0, 7.0, 4.0, 'NEW', null, 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000701', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000007', '33333333-0001-4000-8000-000000000007', 1, 'GLX-NOVA-X5-128-BLK', 'Nova X5 smartphone, 128 GB, midnight black', '851713', 'CN', 1, 699.00, 'EUR', 0.195, 17.0, 9.0, 5.0, 'NEW', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000801', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000008', '33333333-0001-4000-8000-000000000008', 1, 'GLX-WEEE-HANDSET', 'End-of-life Nova smartphones, batteries removed, for material recovery', '854999', 'CN', 60, 1.50, 'USD', 0.160, null, null, null, 'SCRAP', null, 'WASTE', '160214', false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000802', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000008', '33333333-0001-4000-8000-000000000008', 2, 'GLX-WEEE-CHARGER', 'End-of-life USB chargers and power adapters, for material recovery', '854999', 'CN', 80, 0.20, 'USD', 0.140, null, null, null, 'SCRAP', null, 'WASTE', '160214', false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000901', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000009', null, 1, 'GLX-VCTR-16PRO-32-1T', 'Vector 16 Pro laptop, 32 GB RAM, 1 TB SSD', '847130', 'US', 1, 2149.00, 'EUR', 2.140, 42.0, 30.0, 7.0, 'DAMAGED', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000001001', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000010', null, 1, 'GLX-VCTR-14-16-512', 'Vector 14 laptop, 16 GB RAM, 512 GB SSD', '847130', 'CN', 3, 1299.00, 'USD', 1.620, 38.0, 27.0, 6.0, 'DEFECTIVE', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000001101', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000011', null, 1, 'GLX-CHG-100W-DESK', '100 W four-port USB-C desktop charger', '850440', 'DE', 1, 89.00, 'EUR', 0.420, 14.0, 10.0, 5.0, 'OPENED', null, 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000001102', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000011', null, 2, 'GLX-NOVA-X5-256-BLU', 'Nova X5 smartphone, 256 GB, ocean blue', '851713', 'CN', 1, 799.00, 'EUR', 0.195, 17.0, 9.0, 5.0, 'OPENED', '3481', 'PRODUCT', null, false),
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000001201', '11111111-1111-4111-8111-111111111111', '33333333-0000-4000-8000-000000000012', null, 1, 'GLX-WEEE-CHARGER', 'End-of-life USB chargers and power adapters, for material recovery', '854999', 'CN', 150, 0.20, 'USD', 0.140, null, null, null, 'SCRAP', null, 'WASTE', '160214', false);

-- Self-service returns (returns/V5): Acme Outdoor's customers start returns at /return/acme into
-- EU-CONSUMER; Globex Electronics has chosen a handle but keeps self-service off, so /return/globex
-- answers like an address nobody has.
select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true), set_config('app.org_kind', 'SHIPPER', true);
insert into return_self_service (shipper_id, handle, enabled, program_id, privacy_notice_url, privacy_notice_text, reasons, updated_by, updated_at)
values
    ('22222222-2222-4222-8222-222222222222', 'acme', true, 'c0000000-0000-4000-8000-000000000001', 'https://acme-outdoor.example/privacy', 'Acme Outdoor uses your name, contact and address only to collect and process this return, and keeps them for as long as consumer law requires.', '{DEFECTIVE,DAMAGED_IN_TRANSIT,WRONG_ITEM,NOT_AS_DESCRIBED,NO_LONGER_NEEDED}', 'demo', '2026-03-20 09:00:00+00');

select set_config('app.org_id', '33333333-3333-4333-8333-333333333333', true), set_config('app.org_kind', 'SHIPPER', true);
insert into return_self_service (shipper_id, handle, enabled, program_id, privacy_notice_url, privacy_notice_text, reasons, updated_by, updated_at)
values
    ('33333333-3333-4333-8333-333333333333', 'globex', false, 'c0000000-0000-4000-8000-000000000001', 'https://globex.example/privacy', null, '{DEFECTIVE,WRONG_ITEM}', 'demo', '2026-03-20 09:00:00+00');

-- Personal data (returns/V6): Acme Outdoor keeps its customers' personal data for two years after a
-- return ends, and one return of 2024 has been erased on its customer's request: its city, country,
-- items and parcel stay, its name and street read "erased", the rest of the contact is gone.
select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true), set_config('app.org_kind', 'SHIPPER', true);
insert into return_retention (shipper_id, days, updated_at, updated_by)
values ('22222222-2222-4222-8222-222222222222', 730, '2026-04-01 09:00:00+00', 'acme');

insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city, origin_country, export_reference, exported_on, tracking_code, created_by, created_at, updated_at, version, personal_data_erased_at)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000901', '11111111-1111-4111-8111-111111111111', 'c0000000-0000-4000-8000-000000000001', 'ACME-2024-0117', 'CLOSED', 'DEFECTIVE', 'Lyon', 'FR', 'EXP-FR-2024-0311', '2024-05-02', 'HW7K2M9QX4TB8RZC3N', 'acme', '2024-04-26 10:12:00+00', '2024-05-21 15:30:00+00', 0, '2026-02-11 09:14:27+00');
insert into return_private (shipper_id, return_id, origin_line1, origin_line2, origin_postal_code, origin_region, reason_note, status_note)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000901', 'erased', null, null, null, null, null);
insert into return_contact (shipper_id, return_id, name, email, phone)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0000-4000-8000-000000000901', 'erased', null, null);
insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm, height_cm)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0001-4000-8000-000000000901', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000901', 'ACME-2024-0117-P1', 1.400, 40.0, 30.0, 12.0);
insert into return_item (shipper_id, id, operator_id, return_id, parcel_id, line_number, sku, description, hs_code, origin_country, quantity, unit_value, currency, weight_kg, length_cm, width_cm, height_cm, item_condition, un_number, goods_class, waste_code, waste_hazardous)
values
    ('22222222-2222-4222-8222-222222222222', '22222222-0002-4000-8000-000000090101', '11111111-1111-4111-8111-111111111111', '22222222-0000-4000-8000-000000000901', '22222222-0001-4000-8000-000000000901', 1, 'ACME-JKT-ALP-M-RED', 'Alpine shell jacket, men''s M, red', '620193', 'VN', 1, 189.00, 'EUR', 0.520, 35.0, 28.0, 6.0, 'DEFECTIVE', null, 'PRODUCT', null, false);
