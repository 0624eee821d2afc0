-- Every state a specimen reaches, kept apart from the specimen row: an addendum reopens the loop
-- and clears the row's "reviewed" and "communicated" columns, but who reviewed and told the
-- patient the first time must stay on the record. Written by the database on every change of
-- state, whatever code made it; append-only like the audit log.
create table specimen_step (
    id           bigserial primary key,
    specimen_id  uuid not null references specimen(id),
    status       varchar(20) not null,
    at           timestamp with time zone not null,
    by_user      varchar(60)
);
create index specimen_step_specimen_idx on specimen_step(specimen_id, id);

create function specimen_step_record() returns trigger language plpgsql as $$
declare
    who      varchar(60);
    happened timestamp with time zone;
begin
    if tg_op = 'UPDATE' and new.amended_at is distinct from old.amended_at and new.amended_at is not null then
        insert into specimen_step (specimen_id, status, at, by_user) values (new.id, 'AMENDED', new.amended_at, null);
        return new;
    end if;
    if tg_op = 'UPDATE' and new.status is not distinct from old.status then
        return new;
    end if;
    case new.status
        when 'ORDERED' then who := new.ordered_by; happened := new.ordered_at;
        when 'COLLECTED' then who := new.collected_by; happened := new.collected_at;
        when 'SENT' then who := new.sent_by; happened := new.sent_at;
        when 'RECEIVED' then who := new.received_by; happened := new.received_at;
        when 'GROSSED' then who := new.grossed_by; happened := new.grossed_at;
        when 'REPORTED' then who := new.reported_by; happened := new.reported_at;
        when 'SIGNED' then who := new.signed_by; happened := new.signed_at;
        when 'REVIEWED' then who := new.reviewed_by; happened := new.reviewed_at;
        when 'COMMUNICATED' then who := new.communicated_by; happened := new.communicated_at;
        when 'REJECTED' then who := new.rejected_by; happened := new.rejected_at;
        when 'VOIDED' then who := new.voided_by; happened := new.voided_at;
        else who := null; happened := null;
    end case;
    insert into specimen_step (specimen_id, status, at, by_user)
        values (new.id, new.status, coalesce(happened, now()), who);
    return new;
end;
$$;

create trigger specimen_step_trail after insert or update on specimen
    for each row execute function specimen_step_record();

create function specimen_step_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'specimen_step is append-only: % refused', tg_op;
end;
$$;
create trigger specimen_step_no_update before update or delete on specimen_step
    for each row execute function specimen_step_is_append_only();

-- specimens that existed before this migration start their history with their present state
insert into specimen_step (specimen_id, status, at, by_user)
select id, 'ORDERED', ordered_at, ordered_by from specimen;
