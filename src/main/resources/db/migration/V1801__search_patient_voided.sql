-- search-quality (issue 14): a voided patient takes every record of theirs out of the search. The
-- patient's own row is voided by the patient module; the rows of their lesions, specimens, reports
-- (any module's) carry this flag, set by the search module whenever the patient's row is voided
-- (and cleared when it is not), and on every row written later for that patient.
alter table search_document add column patient_voided boolean not null default false;
update search_document d set patient_voided = true
 where exists (select 1 from search_document p where p.type = 'patient' and p.record_id = d.patient_id and p.voided);
