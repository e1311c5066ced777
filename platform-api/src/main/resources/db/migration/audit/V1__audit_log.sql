-- The audit log (docs/domain/audit.md): one entry per mutation an organization's users ran, who, which
-- operation, on what, with what outcome and when, hash-chained per organization so that an entry
-- changed, removed or inserted afterwards breaks the chain, and audit_verify finds where.
--
-- Who reads what: an organization its own entries; an operator also those of the shippers in its
-- programs. Nobody changes or deletes an entry: the application is granted neither.
create table audit_entry (
    organization_id uuid          not null references organization (id),
    -- 1, 2, 3 … per organization: a gap is as visible as a changed entry.
    seq             bigint        not null check (seq > 0),
    occurred_at     timestamptz   not null,
    actor_user_id   varchar(64)   not null,
    actor_username  varchar(100)  not null,
    -- The mutation field, and the operation's name when the client gave one.
    operation       varchar(100)  not null,
    operation_name  varchar(100),
    -- The ids the input named (global ids, as the client sent them), comma-separated.
    targets         varchar(1000) not null,
    outcome         varchar(8)    not null check (outcome in ('DONE', 'REFUSED', 'FAILED')),
    -- The userErrors' or errors' codes, comma-separated; empty when done.
    codes           varchar(500)  not null,
    previous_hash   varchar(64)   not null,
    hash            varchar(64)   not null,
    primary key (organization_id, seq)
);

-- The hash of an entry: SHA-256 over the previous entry's hash and every field, in a fixed order,
-- separated by the unit separator; the first entry's previous hash is 64 zeros.
create function audit_hash(p_previous text, p_org uuid, p_seq bigint, p_at timestamptz, p_actor text,
                           p_username text, p_operation text, p_operation_name text, p_targets text,
                           p_outcome text, p_codes text)
    returns text
    language sql stable parallel safe
as $$
    select encode(sha256(convert_to(concat_ws(chr(31), p_previous, p_org::text, p_seq::text,
        to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_actor, p_username, p_operation,
        coalesce(p_operation_name, ''), p_targets, p_outcome, p_codes), 'UTF8')), 'hex')
$$;

-- Appends an entry for the bound organization: one writer per organization at a time (a lock for the
-- rest of the transaction), so two concurrent mutations never chain onto the same entry.
create function audit_append(p_actor text, p_username text, p_operation text, p_operation_name text,
                             p_targets text, p_outcome text, p_codes text)
    returns table (seq bigint, hash text, occurred_at timestamptz)
    language plpgsql volatile
    set search_path = public, pg_temp
as $$
declare
    org uuid := current_org();
    last_seq bigint;
    last_hash text;
    at timestamptz := clock_timestamp();
    h text;
begin
    if org is null then
        raise exception 'audit_append: no organization is bound' using errcode = '42501';
    end if;
    perform pg_advisory_xact_lock(hashtextextended('homeward.audit:' || org::text, 0));
    select e.seq, e.hash into last_seq, last_hash
    from audit_entry e where e.organization_id = org order by e.seq desc limit 1;
    last_seq := coalesce(last_seq, 0) + 1;
    h := audit_hash(coalesce(last_hash, repeat('0', 64)), org, last_seq, at, p_actor, p_username, p_operation,
                    p_operation_name, p_targets, p_outcome, p_codes);
    insert into audit_entry (organization_id, seq, occurred_at, actor_user_id, actor_username, operation,
                             operation_name, targets, outcome, codes, previous_hash, hash)
    values (org, last_seq, at, p_actor, p_username, p_operation, p_operation_name, p_targets, p_outcome, p_codes,
            coalesce(last_hash, repeat('0', 64)), h);
    return query select last_seq, h, at;
end
$$;

-- Recomputes an organization's chain as the caller may read it: how many entries, and the first whose
-- hash, link to the previous entry or number does not hold (null when the chain is intact).
create function audit_verify(p_org uuid)
    returns table (entries bigint, first_broken bigint)
    language sql stable
    set search_path = public, pg_temp
as $$
    with chain as (
        select e.*, lag(e.hash) over (order by e.seq) as linked, row_number() over (order by e.seq) as position
        from audit_entry e where e.organization_id = p_org)
    select count(*),
           min(seq) filter (where seq <> position
                               or previous_hash <> coalesce(linked, repeat('0', 64))
                               or hash <> audit_hash(previous_hash, organization_id, seq, occurred_at, actor_user_id,
                                                     actor_username, operation, operation_name, targets, outcome,
                                                     codes))
    from chain
$$;

-- Whether the bound operator may read an organization's entries: a shipper in one of its programs.
-- PL/pgSQL, so that the membership table (the network module's) is looked up when asked, not when
-- this migration runs.
create function audit_operator_reads(p_org uuid)
    returns boolean
    language plpgsql stable
    set search_path = public, pg_temp
as $$
begin
    return current_org_kind() = 'OPERATOR'
        and exists (select 1 from program_membership m where m.shipper_id = p_org and m.operator_id = current_org());
end
$$;

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_insert on audit_entry for insert
    with check (organization_id = (select current_org()));
create policy audit_entry_read on audit_entry for select
    using (organization_id = (select current_org()) or audit_operator_reads(organization_id));
grant select, insert on audit_entry to homeward_app;
revoke all on function audit_append(text, text, text, text, text, text, text) from public;
revoke all on function audit_verify(uuid) from public;
revoke all on function audit_operator_reads(uuid) from public;
grant execute on function audit_hash(text, uuid, bigint, timestamptz, text, text, text, text, text, text, text)
    to homeward_app;
grant execute on function audit_append(text, text, text, text, text, text, text) to homeward_app;
grant execute on function audit_verify(uuid) to homeward_app;
grant execute on function audit_operator_reads(uuid) to homeward_app;
