-- The specimen keeps its steps itself (Specimen.steps, written by JPA): what (the state reached, or
-- AMENDED), when, who, and why (a rejection, a void) or how (the patient was told). Until now a
-- trigger copied them from a who/when column pair per state, which an addendum cleared. The trigger
-- goes; the columns go once every state they hold is a step. specimen_step stays append-only.
-- The specimen also learns what it was taken for (its role) and keeps the signed result's
-- behaviour instead of "malignant", so a benign or an uncertain result gets a review deadline too.

-- 1. what a step says besides who and when
alter table specimen_step add column reason varchar(500);
alter table specimen_step add column communication_method varchar(20);

-- 2. the application writes the steps from now on
drop trigger specimen_step_trail on specimen;
drop function specimen_step_record();

-- 3. every state the columns hold is a step. V610 recorded each change of state since it ran and
-- seeded only the ORDERED step of the specimens that existed then; their later states are added
-- here with the columns' own times and people. A state already recorded at the same time is not
-- added twice.
create temporary view specimen_state_column as
select s.id as specimen_id, c.status, c.at, c.by_user
from specimen s
cross join lateral (values
    ('ORDERED', s.ordered_at, s.ordered_by),
    ('COLLECTED', s.collected_at, s.collected_by),
    ('SENT', s.sent_at, s.sent_by),
    ('RECEIVED', s.received_at, s.received_by),
    ('GROSSED', s.grossed_at, s.grossed_by),
    ('REPORTED', s.reported_at, s.reported_by),
    ('SIGNED', s.signed_at, s.signed_by),
    ('AMENDED', s.amended_at, null),
    ('REVIEWED', s.reviewed_at, s.reviewed_by),
    ('COMMUNICATED', s.communicated_at, s.communicated_by),
    ('REJECTED', s.rejected_at, s.rejected_by),
    ('VOIDED', s.voided_at, s.voided_by)) as c(status, at, by_user)
where c.at is not null;

insert into specimen_step (specimen_id, status, at, by_user)
select c.specimen_id, c.status, c.at, c.by_user
from specimen_state_column c
where not exists (select 1 from specimen_step t
                  where t.specimen_id = c.specimen_id and t.status = c.status and t.at = c.at)
order by c.specimen_id, c.at;

-- 4. the reasons and the communication method move onto their steps. This adds what the rows
-- never held; no recorded who, when or what changes. The append-only guard is lifted for these
-- three statements only, inside this migration's transaction.
alter table specimen_step disable trigger specimen_step_no_update;
update specimen_step t set reason = s.reject_reason
from specimen s
where t.specimen_id = s.id and t.status = 'REJECTED' and t.at = s.rejected_at and s.reject_reason is not null;
update specimen_step t set reason = s.void_reason
from specimen s
where t.specimen_id = s.id and t.status = 'VOIDED' and t.at = s.voided_at and s.void_reason is not null;
update specimen_step t set communication_method = s.communication_method
from specimen s
where t.specimen_id = s.id and t.status = 'COMMUNICATED' and t.at = s.communicated_at
  and s.communication_method is not null;
alter table specimen_step enable trigger specimen_step_no_update;

-- 5. the role: every specimen so far was ordered as a diagnostic biopsy
alter table specimen add column role varchar(30) not null default 'DIAGNOSTIC';
alter table specimen alter column role drop default;

-- 6. the signed result's behaviour. From the report's diagnosis where the pathology module's table
-- is there (with per-module numbering this runs before V700 on a new database, which has no
-- specimens yet): "other" is uncertain, never benign. Otherwise from the old flag.
alter table specimen add column result_behaviour varchar(20);
update specimen set result_behaviour = case when malignant then 'MALIGNANT' else 'UNCERTAIN' end
where signed_at is not null;
do $$
begin
    if to_regclass('pathology_report') is not null then
        update specimen s set result_behaviour = case r.diagnosis
                when 'ACTINIC_KERATOSIS' then 'BENIGN'
                when 'BENIGN_NAEVUS' then 'BENIGN'
                when 'SEBORRHOEIC_KERATOSIS' then 'BENIGN'
                when 'MELANOMA_IN_SITU' then 'IN_SITU'
                when 'BOWEN_DISEASE' then 'IN_SITU'
                when 'MELANOMA' then 'MALIGNANT'
                when 'BCC' then 'MALIGNANT'
                when 'CSCC' then 'MALIGNANT'
                when 'MERKEL_CELL_CARCINOMA' then 'MALIGNANT'
                when 'DFSP' then 'MALIGNANT'
                when 'MELANOMA_METASTASIS' then 'MALIGNANT'
                when 'ANGIOSARCOMA' then 'MALIGNANT'
                when 'SEBACEOUS_CARCINOMA' then 'MALIGNANT'
                when 'EXTRAMAMMARY_PAGET' then 'MALIGNANT'
                when 'CUTANEOUS_LYMPHOMA' then 'MALIGNANT'
                else 'UNCERTAIN'
            end
        from pathology_report r
        where r.specimen_id = s.id and s.signed_at is not null;
    end if;
end;
$$;

-- 7. nothing the columns hold is lost: refuse to drop them otherwise
do $$
declare
    missing_steps   integer;
    missing_reasons integer;
begin
    select count(*) into missing_steps
    from specimen_state_column c
    where not exists (select 1 from specimen_step t
                      where t.specimen_id = c.specimen_id and t.status = c.status and t.at = c.at);
    select count(*) into missing_reasons
    from specimen s
    where (s.reject_reason is not null and not exists (select 1 from specimen_step t
               where t.specimen_id = s.id and t.status = 'REJECTED' and t.reason = s.reject_reason))
       or (s.void_reason is not null and not exists (select 1 from specimen_step t
               where t.specimen_id = s.id and t.status = 'VOIDED' and t.reason = s.void_reason))
       or (s.communication_method is not null and not exists (select 1 from specimen_step t
               where t.specimen_id = s.id and t.status = 'COMMUNICATED'
                 and t.communication_method = s.communication_method));
    if missing_steps > 0 or missing_reasons > 0 then
        raise exception 'specimen history incomplete (% states, % reasons or methods without a step): columns kept',
            missing_steps, missing_reasons;
    end if;
end;
$$;
drop view specimen_state_column;

-- 8. the per-state columns go (their indexes on ordered_at with them)
alter table specimen
    drop column ordered_at,
    drop column ordered_by,
    drop column collected_at,
    drop column collected_by,
    drop column sent_at,
    drop column sent_by,
    drop column received_at,
    drop column received_by,
    drop column grossed_at,
    drop column grossed_by,
    drop column reported_at,
    drop column reported_by,
    drop column signed_at,
    drop column signed_by,
    drop column malignant,
    drop column amended_at,
    drop column reviewed_at,
    drop column reviewed_by,
    drop column communicated_at,
    drop column communicated_by,
    drop column communication_method,
    drop column rejected_at,
    drop column rejected_by,
    drop column reject_reason,
    drop column voided_at,
    drop column voided_by,
    drop column void_reason;
create index specimen_patient_idx on specimen(patient_id);
create index specimen_lesion_idx on specimen(lesion_id);
