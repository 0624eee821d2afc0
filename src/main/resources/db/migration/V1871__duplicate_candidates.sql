-- patient module (issue 15): a registration's duplicate check read the names of every patient born
-- that day and compared them in Java; with thousands on one birth date that grows. Now the
-- database returns only the patients who could be similar.
--
-- "Similar" (DuplicateCheck.similar) is: the Hangul name without spaces, or the Latin key, within
-- one edit (one letter added, dropped or changed). Two names within one edit always share one of
-- their "one-deletion keys": the name itself or the name with one letter dropped (a change at
-- position i: both without i; an added letter: the longer without it is the shorter). So each
-- patient carries those keys, prefixed with the birth date and the script, and a GIN index finds
-- the patients sharing any key with the new registration. Sharing a key means at most two edits,
-- so the candidates are the near names of that day, however many others share it; Java still
-- judges each with similar().
--
-- Only built-in functions in the body: a restore (pg_dump) recomputes the column with an empty
-- search_path, where a call to another function of ours would not be found.
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

-- kept by the database itself on every insert and update, whoever writes the row (the
-- application, a data load, the bench)
alter table patient add column duplicate_keys text[]
    generated always as (patient_duplicate_keys(birth_date, name_hangul, name_latin_key)) stored;

create index patient_duplicate_keys_idx on patient using gin (duplicate_keys);
