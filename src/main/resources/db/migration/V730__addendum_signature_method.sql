-- An addendum is signed like the report: how the pathologist confirmed it (password | pin).
-- Addenda signed before electronic signatures were confirmed keep null.
alter table pathology_addendum add column signature_method varchar(20);
