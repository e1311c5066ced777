-- Disposition (issue 12): at Rotterdam the hub graded Globex's end-of-life handsets, received in load W42,
-- as scrap, and sent them to metal recycling (R4) with the material's value recorded.
select set_config('app.org_id', '11111111-1111-4111-8111-111111111111', true), set_config('app.org_kind', 'OPERATOR', true);
insert into item_grading (shipper_id, item_id, operator_id, grade, notes, photo_refs, test_result, test_method, test_evidence, graded_by, graded_at)
values
    ('33333333-3333-4333-8333-333333333333', '33333333-0002-4000-8000-000000000101', '11111111-1111-4111-8111-111111111111', 'SCRAP', '40 handsets, batteries removed as declared; housings cracked.', '{photos/w42/handsets-1.jpg,photos/w42/handsets-2.jpg}', null, null, null, 'seed', '2026-11-27 10:20:00+00');
insert into item_disposition (shipper_id, id, item_id, operator_id, seq, disposition, operation_code, derogation, derogation_evidence, note, recovery_amount, recovery_currency, recorded_by, recorded_at)
values
    ('33333333-3333-4333-8333-333333333333', 'f5000000-0000-4000-8000-000000000001', '33333333-0002-4000-8000-000000000101', '11111111-1111-4111-8111-111111111111', 1, 'RECYCLE', 'R4', null, null, 'To the WEEE treatment partner for metal recovery.', 12.40, 'EUR', 'seed', '2026-11-27 15:05:00+00');
