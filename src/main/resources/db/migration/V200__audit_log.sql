-- The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE,
-- so neither the application nor a mistaken script can rewrite who saw what.
create table audit_entry (
    id           bigserial primary key,
    at           timestamp with time zone not null,
    username     varchar(60)  not null,
    role         varchar(40)  not null,
    action       varchar(20)  not null,
    patient_id   uuid,
    record_type  varchar(60),
    record_id    varchar(100),
    detail       varchar(1000),
    address      varchar(100)
);
create index audit_entry_patient_idx on audit_entry(patient_id, at desc);
create index audit_entry_at_idx on audit_entry(at desc);
create index audit_entry_user_idx on audit_entry(username, at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
