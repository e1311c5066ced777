-- Disposition (issue 12): what the destination hub found each item to be, and where the item went.
-- Both are the operator's records about a shipper's item: the hub's operator writes them, the item's
-- shipper reads them, nobody else sees them. Keys start with the shipper, as the item's own do.

-- The operator copied onto a grading is tied to its item's by a composite foreign key (as returns/V4 ties
-- items to their returns), so no operator can record anything about another operator's item, whatever the
-- service does. The key it points at:
alter table return_item add constraint return_item_shipper_operator_id_key unique (shipper_id, operator_id, id);

-- One grade per item, recorded after its parcel was received at the hub and changed until the item's
-- first disposition. A functional test (electronics) is its result, its method and its evidence.
create table item_grading (
    shipper_id    uuid          not null,
    item_id       uuid          not null,
    operator_id   uuid          not null,
    grade         varchar(10)   not null
        check (grade in ('NEW', 'LIKE_NEW', 'GOOD', 'DAMAGED', 'SCRAP', 'MISSING', 'WRONG_ITEM')),
    notes         varchar(2000),
    photo_refs    varchar(300)[] not null default '{}' check (cardinality(photo_refs) <= 5),
    test_result   varchar(6)    check (test_result in ('PASSED', 'FAILED')),
    test_method   varchar(200),
    test_evidence varchar(300),
    graded_by     varchar(64)   not null,
    graded_at     timestamptz   not null,
    primary key (shipper_id, item_id),
    constraint item_grading_item_fk foreign key (shipper_id, operator_id, item_id)
        references return_item (shipper_id, operator_id, id),
    check ((test_result is null) = (test_method is null)),
    check (test_evidence is null or test_result is not null)
);
create index item_grading_by_operator on item_grading (operator_id, graded_at);

-- The disposition log of an item: entries in order (seq from 1), never changed. The unique seq is what
-- two concurrent entries for one item collide on. The waste operation is the Waste Framework
-- Directive's code where the item is waste; a derogation from the ESPR destruction ban comes with the
-- reference of its documentation.
create table item_disposition (
    shipper_id          uuid           not null,
    id                  uuid           not null,
    item_id             uuid           not null,
    operator_id         uuid           not null,
    seq                 integer        not null check (seq > 0),
    disposition         varchar(20)    not null
        check (disposition in ('RESTOCK', 'REPAIR', 'REFURBISH', 'RESELL', 'DONATE', 'RECYCLE', 'RECOVER_ENERGY',
                               'DESTROY', 'RETURN_TO_SHIPPER', 'PROCESSING_REQUIRED')),
    operation_code      varchar(3)     check (operation_code ~ '^(R([1-9]|1[0-3])|D([1-9]|1[0-5]))$'),
    derogation          varchar(40),
    derogation_evidence varchar(500),
    note                varchar(1000),
    recovery_amount     numeric(14, 2) check (recovery_amount >= 0),
    recovery_currency   varchar(3),
    recorded_by         varchar(64)    not null,
    recorded_at         timestamptz    not null,
    primary key (shipper_id, id),
    constraint item_disposition_seq unique (shipper_id, item_id, seq),
    constraint item_disposition_grading_fk foreign key (shipper_id, item_id)
        references item_grading (shipper_id, item_id),
    constraint item_disposition_item_fk foreign key (shipper_id, operator_id, item_id)
        references return_item (shipper_id, operator_id, id),
    check ((recovery_amount is null) = (recovery_currency is null)),
    check ((derogation is null) = (derogation_evidence is null)),
    check (derogation is null or disposition = 'DESTROY')
);
create index item_disposition_by_operator on item_disposition (operator_id, recorded_at);

alter table item_grading enable row level security;
alter table item_grading force row level security;
create policy item_grading_operator on item_grading
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy item_grading_shipper_read on item_grading for select using (shipper_id = (select current_org()));
grant select, insert, update on item_grading to homeward_app;

alter table item_disposition enable row level security;
alter table item_disposition force row level security;
create policy item_disposition_operator_read on item_disposition for select
    using (operator_id = (select current_org()));
create policy item_disposition_operator_insert on item_disposition for insert
    with check (operator_id = (select current_org()));
create policy item_disposition_shipper_read on item_disposition for select
    using (shipper_id = (select current_org()));
grant select, insert on item_disposition to homeward_app;
