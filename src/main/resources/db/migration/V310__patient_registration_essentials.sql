-- Korean registration essentials (issue 10): resident/foreign registration number, insurance,
-- cancer special co-payment registration (산정특례 V193).

-- The registration number is never stored in clear: AES-256-GCM ciphertext (12-byte nonce first)
-- with the id of the key it was encrypted with (the keys live outside the database, see
-- RrnKeyring), an HMAC-SHA256 of the digits for duplicate detection, and the masked form
-- (birth date and the seventh digit, "900101-1******") the views show.
alter table patient add column rrn_cipher  bytea;
alter table patient add column rrn_key_id  varchar(10);
alter table patient add column rrn_hash    varchar(64);
alter table patient add column rrn_masked  varchar(14);
alter table patient add constraint patient_rrn_complete check (
    (rrn_cipher is null and rrn_key_id is null and rrn_hash is null and rrn_masked is null)
    or (rrn_cipher is not null and rrn_key_id is not null and rrn_hash is not null and rrn_masked is not null));
-- one living chart per person: a voided duplicate keeps its hash without blocking the real chart
create unique index patient_rrn_hash_unique on patient (rrn_hash) where rrn_hash is not null and voided_at is null;
-- the rotation job finds rows still under an old key
create index patient_rrn_key_idx on patient (rrn_key_id) where rrn_key_id is not null;

alter table patient add column insurance_type  varchar(30);
alter table patient add column insurance_grade integer;
alter table patient add constraint patient_insurance_grade check (
    (insurance_type = 'MEDICAL_AID' and insurance_grade in (1, 2))
    or (insurance_type is distinct from 'MEDICAL_AID' and insurance_grade is null));

alter table patient add column special_copay_number        varchar(20);
alter table patient add column special_copay_registered_on date;
-- five years after the registration date; kept for the worklist's range query
alter table patient add column special_copay_expires_on    date;
create index patient_special_copay_expiry_idx on patient (special_copay_expires_on)
    where special_copay_expires_on is not null and voided_at is null;
