-- patient module (issue 15): a registration's duplicate check read the names of every patient born
-- that day and compared them in Java; with thousands on one birth date that grows. Now the
-- database returns only the patients who could be similar.
--
-- "Similar" (DuplicateCheck.similar) is: the Hangul name without spaces, or the Latin key, within
-- one edit (one letter added, dropped or changed). Two names within one edit always share one of
-- their "one-deletion keys": the name itself or the name with one letter dropped (a change at
-- position i: both without i; an added letter: the longer without it is the shorter). So each
-- patient has those keys, prefixed with the birth date and the script, in patient_duplicate_key,
-- and a btree finds the patients sharing any key with the new registration. Sharing a key means
-- at most two edits, so the candidates are the near names of that day, however many others share
-- it; Java still judges each with similar().
--
-- Plain btree rows rather than an array under GIN: the planner estimates "key = any(...)" from
-- the key's distinct count (a row or two), whereas an array overlap gets a default guess of a few
-- per cent, and with a LIMIT that made a scan of the whole table look cheap.

-- Only built-in functions in the body, so it means the same whatever the search_path.
create function patient_duplicate_keys(birth date, hangul text, latin_key text) returns text[]
    language sql immutable parallel safe as $$
select coalesce(array_agg(distinct (birth - date '2000-01-01')::text || k), '{}'::text[])
from (
    select ':h:' || case when i = 0 then n.s else left(n.s, i - 1) || substr(n.s, i + 1) end as k
    from (select replace(hangul, ' ', '') as s) n
    cross join generate_series(0, coalesce(length(n.s), -1)) i
    union all
    select ':l:' || case when i = 0 then n.s else left(n.s, i - 1) || substr(n.s, i + 1) end
    from (select latin_key as s) n
    cross join generate_series(0, coalesce(length(n.s), -1)) i
) keys
where birth is not null
$$;

create table patient_duplicate_key (
    name_key    text collate "C" not null,
    -- derived from the patient row: it goes with it
    patient_id  uuid not null references patient(id) on delete cascade,
    primary key (name_key, patient_id)
);
create index patient_duplicate_key_patient_idx on patient_duplicate_key (patient_id);

-- kept by the database on every insert and every change of a name or the birth date, whoever
-- writes the row (the application, a data load, the bench)
create function patient_duplicate_keys_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from patient_duplicate_key where patient_id = new.id;
    end if;
    insert into patient_duplicate_key (name_key, patient_id)
    select k, new.id from unnest(patient_duplicate_keys(new.birth_date, new.name_hangul, new.name_latin_key)) k;
    return null;
end
$$;

create trigger patient_duplicate_keys_kept after insert or update of name_hangul, name_latin_key, birth_date
    on patient for each row execute function patient_duplicate_keys_kept();

insert into patient_duplicate_key (name_key, patient_id)
select k, p.id from patient p cross join unnest(patient_duplicate_keys(p.birth_date, p.name_hangul, p.name_latin_key)) k;
