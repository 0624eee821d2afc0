-- patient module (issue 15): the duplicate keys of new patients are written once per statement,
-- not once per row. A row trigger ran its insert for each patient: a COPY of 2,000 generated
-- patients (./cutis generate) started the executor 2,000 times and spent a third of the whole
-- load's COPY time in the patient table. A statement trigger sees every new row in its transition
-- table and inserts all their keys in one set; for a registration (one row) it is the same work.
-- A change of a name or the birth date stays with the row trigger (it first deletes the old keys).

drop trigger patient_duplicate_keys_kept on patient;

create trigger patient_duplicate_keys_kept after update of name_hangul, name_latin_key, birth_date
    on patient for each row execute function patient_duplicate_keys_kept();

create function patient_duplicate_keys_inserted() returns trigger language plpgsql as $$
begin
    insert into patient_duplicate_key (name_key, patient_id)
    select k, n.id
    from inserted n
    cross join unnest(patient_duplicate_keys(n.birth_date, n.name_hangul, n.name_latin_key)) k;
    return null;
end
$$;

create trigger patient_duplicate_keys_inserted after insert on patient
    referencing new table as inserted for each statement execute function patient_duplicate_keys_inserted();
