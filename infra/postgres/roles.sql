-- Database roles for Homeward. Run once per cluster as a superuser (the local launcher does this
-- for the embedded and container databases; in production a DBA runs it with real secrets, for
-- example: envsubst < roles.sql | psql -U postgres).
--
-- homeward_owner owns the schema and runs Flyway; it logs in only for migrations.
-- homeward_app serves requests: not the owner, not superuser, no BYPASSRLS, so row-level
-- security always applies to it. Each migration grants it exactly the table privileges it needs;
-- nothing is granted by default.
create role homeward_owner login nosuperuser nocreatedb nocreaterole nobypassrls
  password '${HOMEWARD_OWNER_PASSWORD}';
create role homeward_app login nosuperuser nocreatedb nocreaterole nobypassrls noinherit
  password '${HOMEWARD_APP_PASSWORD}';
create database homeward owner homeward_owner encoding 'UTF8' template template0;
revoke all on database homeward from public;
grant connect on database homeward to homeward_app;
-- No statement of the application runs for more than 30 seconds, and no transaction of it sits idle
-- for a minute holding locks and a connection: a backstop under the per-request time budget, which
-- sets a tighter statement_timeout for each transaction of a request (tenancy.RequestBudget).
alter role homeward_app set statement_timeout = '30s';
alter role homeward_app set idle_in_transaction_session_timeout = '60s';
