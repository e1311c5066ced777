-- A shipper's disposition settings and rules (issue 12, point 3): its size, which decides from when the ESPR
-- destruction ban binds it, and its ordered rules, which propose a disposition when the hub grades one of its
-- items. Only the shipper reads and writes them. The hub reads them while grading the shipper's item by
-- binding the shipper in a transaction of its own, as the retention job and the webhook relay bind each
-- shipper (ADR 0011), once its own policies have shown it the item; so no policy here names an operator.
create table disposition_settings (
    shipper_id      uuid        primary key references organization (id),
    enterprise_size varchar(6)  not null check (enterprise_size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    updated_by      varchar(64) not null,
    updated_at      timestamptz not null
);

-- position orders a shipper's rules: the first that fits an item proposes its disposition. Every condition
-- left null fits any item: the item's HS code starting with hs_prefix, its grade among grades, its unit value
-- within [min_value, max_value] in value_currency (an item in another currency does not fit a rule with a
-- value), the destination hub's country.
create table disposition_rule (
    shipper_id        uuid           not null references organization (id),
    position          integer        not null check (position between 1 and 100),
    name              varchar(100)   not null,
    hs_prefix         varchar(10)    check (hs_prefix ~ '^[0-9]{2}([0-9]{2}){0,4}$'),
    grades            varchar(10)[]  check (cardinality(grades) between 1 and 7),
    min_value         numeric(14, 2) check (min_value >= 0),
    max_value         numeric(14, 2) check (max_value >= 0),
    value_currency    varchar(3),
    country_code      varchar(2),
    disposition       varchar(20)    not null,
    operation_code    varchar(3)     check (operation_code ~ '^(R([1-9]|1[0-3])|D([1-9]|1[0-5]))$'),
    updated_by        varchar(64)    not null,
    updated_at        timestamptz    not null,
    primary key (shipper_id, position),
    check ((min_value is null and max_value is null) = (value_currency is null)),
    check (min_value is null or max_value is null or min_value <= max_value)
);

alter table disposition_settings enable row level security;
alter table disposition_settings force row level security;
create policy disposition_settings_shipper on disposition_settings
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, update on disposition_settings to homeward_app;

alter table disposition_rule enable row level security;
alter table disposition_rule force row level security;
create policy disposition_rule_shipper on disposition_rule
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, delete on disposition_rule to homeward_app;

-- What the shipper's rules proposed when the item was graded, and where the hub's first disposition of the
-- item went elsewhere, why: the shipper sees both on the entry.
alter table item_grading
    add column proposed_disposition    varchar(20),
    add column proposed_operation_code varchar(3),
    add column proposed_by_rule        varchar(100),
    add constraint item_grading_proposal check ((proposed_disposition is null) = (proposed_by_rule is null));
alter table item_disposition
    add column proposed_disposition varchar(20),
    add column override_reason      varchar(1000),
    add constraint item_disposition_override check (override_reason is null or proposed_disposition is not null);
