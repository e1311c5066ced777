-- The published network of an operator: hubs, lanes and consolidation programs. Every signed-in
-- organization may read it (shippers browse programs to join them, carriers see their lanes); only
-- the owning operator writes it.

create table hub (
    operator_id  uuid         not null references organization (id),
    id           uuid primary key,
    code         varchar(16)  not null,
    name         varchar(200) not null,
    kind         varchar(16)  not null check (kind in ('COLLECTION', 'DESTINATION')),
    country_code varchar(2)      not null,
    city         varchar(100) not null,
    address      varchar(300) not null,
    time_zone    varchar(64)  not null,
    unique (operator_id, id),
    unique (operator_id, code)
);

create table lane (
    operator_id        uuid        not null references organization (id),
    id                 uuid primary key,
    code               varchar(32) not null,
    origin_hub_id      uuid        not null,
    destination_hub_id uuid        not null,
    mode               varchar(8)  not null check (mode in ('ROAD', 'RAIL', 'SEA', 'AIR', 'PARCEL')),
    carrier_id         uuid        not null references organization (id),
    transit_days       integer     not null check (transit_days between 0 and 120),
    unique (operator_id, id),
    unique (operator_id, code),
    -- Composite keys: a lane can only join hubs of its own operator.
    foreign key (operator_id, origin_hub_id) references hub (operator_id, id),
    foreign key (operator_id, destination_hub_id) references hub (operator_id, id),
    check (origin_hub_id <> destination_hub_id)
);

create table program (
    operator_id              uuid          not null references organization (id),
    id                       uuid primary key,
    code                     varchar(32)   not null,
    name                     varchar(200)  not null,
    description              varchar(2000) not null,
    destination_hub_id       uuid          not null,
    accepts_products         boolean       not null,
    accepts_waste            boolean       not null,
    accepts_dangerous_goods  boolean       not null,
    cutoff_days              varchar(27)   not null
        check (cutoff_days ~ '^(MON|TUE|WED|THU|FRI|SAT|SUN)(,(MON|TUE|WED|THU|FRI|SAT|SUN))*$'),
    cutoff_time              time          not null,
    cutoff_time_zone         varchar(64)   not null,
    terms                    varchar(4000) not null,
    status                   varchar(8)    not null check (status in ('OPEN', 'CLOSED')),
    unique (operator_id, id),
    unique (operator_id, code),
    foreign key (operator_id, destination_hub_id) references hub (operator_id, id)
);

create table program_lane (
    operator_id uuid not null,
    program_id  uuid not null,
    lane_id     uuid not null,
    primary key (program_id, lane_id),
    foreign key (operator_id, program_id) references program (operator_id, id),
    foreign key (operator_id, lane_id) references lane (operator_id, id)
);

-- A shipper's membership of an operator's program. Leaving keeps the row (status LEFT) so returns
-- that travelled under the program keep their reference.
create table program_membership (
    shipper_id  uuid        not null references organization (id),
    id          uuid primary key,
    operator_id uuid        not null,
    program_id  uuid        not null,
    status      varchar(8)  not null check (status in ('ACTIVE', 'LEFT')),
    joined_at   timestamptz not null,
    left_at     timestamptz,
    version     integer     not null,
    unique (shipper_id, id),
    unique (shipper_id, program_id),
    foreign key (operator_id, program_id) references program (operator_id, id)
);
create index program_membership_operator on program_membership (operator_id, program_id);

do $$
declare
    t text;
begin
    foreach t in array array['hub', 'lane', 'program', 'program_lane'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using ((select current_org()) is not null)',
                       t || '_read', t);
        execute format('create policy %I on %I for all using (operator_id = (select current_org()))'
                           || ' with check (operator_id = (select current_org()))', t || '_operator', t);
        execute format('grant select, insert, update, delete on %I to homeward_app', t);
    end loop;
end
$$;

alter table program_membership enable row level security;
alter table program_membership force row level security;
-- The shipper sees and changes its own memberships; the operator sees who is in its programs.
create policy program_membership_read on program_membership for select
    using (shipper_id = (select current_org()) or operator_id = (select current_org()));
create policy program_membership_insert on program_membership for insert
    with check (shipper_id = (select current_org()));
create policy program_membership_update on program_membership for update
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, update on program_membership to homeward_app;

-- An operator reads the shippers that are members of its programs (to show whose returns it carries);
-- shippers still never see one another.
create policy organization_read_program_members on organization for select
    using (exists (select 1 from program_membership m
                   where m.shipper_id = organization.id and m.operator_id = (select current_org())));
