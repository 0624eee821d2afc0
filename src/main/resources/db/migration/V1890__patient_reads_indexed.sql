-- Issue 15, found at 1,000,000 generated patients: tables holding a patient's rows that had no index
-- leading with patient_id, so every read by patient scanned the table. The surveillance visits were
-- the worst: ten years of visits written up front make 11.4 million rows at a million patients, and
-- the chart, the booking of a visit and every clinic appointment event read a patient's visits
-- (460 ms a read, a sequential scan). The rule now: every table with a patient_id column is found by
-- its patient through an index (SchemaIndexTests checks it for tables added later).
create index surveillance_visit_patient on surveillance_visit (patient_id, due_on);
create index treatment_plan_patient_idx on treatment_plan (patient_id, created_at desc);
create index pathology_specimen_patient_idx on pathology_specimen (patient_id);
create index recall_item_patient_idx on recall_item (patient_id);
create index recall_contact_patient_idx on recall_contact (patient_id);
create index workup_order_patient_idx on workup_order (patient_id, status);
create index relapse_workup_patient_idx on relapse_workup (patient_id, opened_at desc);
create index recurrence_patient_idx on recurrence (patient_id, recorded_at desc);
create index board_case_patient_idx on board_case (patient_id);
create index board_action_item_patient_idx on board_action_item (patient_id);
create index account_patient_idx on account (patient_id) where patient_id is not null;

-- a merge of calendars looks up the visits merged into one (SurveillanceVisits.findByMergedInto)
create index surveillance_visit_merged on surveillance_visit (merged_into) where merged_into is not null;
