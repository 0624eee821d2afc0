-- Issue 15: the pathologist's worklist reads one page from an index. Until now the partial index
-- held every received specimen not withdrawn, signed or not, so finding the unsigned ones walked
-- the center's whole history. The received specimen now carries when its report was signed
-- (written by the application in the transaction that signs), and the worklist index holds only
-- the specimens still waiting: its size is the backlog, whatever the number of patients.
alter table pathology_specimen add column signed_at timestamp with time zone;

update pathology_specimen ps
   set signed_at = r.signed_at
  from pathology_report r
 where r.specimen_id = ps.specimen_id
   and r.status = 'SIGNED';

drop index pathology_specimen_awaiting_idx;
create index pathology_specimen_awaiting_idx on pathology_specimen(received_at, specimen_id)
    where withdrawn_at is null and signed_at is null;
