-- How the pathologist confirmed the sign-out: password | pin, or demo for the demonstration
-- center. Reports signed before electronic signatures were confirmed keep null.
alter table pathology_report add column signature_method varchar(20);
