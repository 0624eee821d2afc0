-- How the chair confirmed the signed recommendation: password | pin, or demo for the
-- demonstration center. Recommendations signed before electronic signatures were confirmed keep null.
alter table board_recommendation add column signature_method varchar(20);
