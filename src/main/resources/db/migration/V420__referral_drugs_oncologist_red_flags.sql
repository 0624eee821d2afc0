-- referral module (issue 12): a drug-reaction referral names each drug from the drug catalogue
-- (code, names and class as the catalogue had them at intake) or as a free entry, the treating
-- oncologist as a staff account or as name and hospital of an outside one, and the red flags of a
-- severe cutaneous adverse reaction. The free-text columns cancer_drugs and treating_oncologist
-- stay for the referrals made before; new referrals leave them empty.
alter table referral
    add column oncologist_username          varchar(60),
    add column outside_oncologist_name      varchar(200),
    add column outside_oncologist_hospital  varchar(200),
    -- the referrer's urgency when a red flag raised it (routine → urgent); null otherwise
    add column requested_urgency            varchar(30);

create table referral_drug (
    referral_id  uuid not null references referral(id),
    position     integer not null,
    code         varchar(60),            -- the catalogue code; null for a free entry
    name_ko      varchar(120) not null,
    name_en      varchar(120) not null,
    drug_class   varchar(40),            -- the catalogue's class at intake; null for a free entry
    free_entry   boolean not null,
    primary key (referral_id, position)
);

create table referral_red_flag (
    referral_id  uuid not null references referral(id),
    flag         varchar(40) not null,
    primary key (referral_id, flag)
);
create index referral_red_flag_referral_idx on referral_red_flag(referral_id);

-- Earlier referrals: each drug the free text names ("cetuximab, capecitabine") becomes a free
-- entry as typed; V1310 (drug module, after the catalogue exists) turns those the catalogue knows
-- into catalogue entries. The free text itself stays readable.
insert into referral_drug (referral_id, position, name_ko, name_en, free_entry)
select referral_id, (row_number() over (partition by referral_id order by ord)) - 1, left(name, 120), left(name, 120), true
from (
    select r.id as referral_id, t.ord, trim(t.name) as name
    from referral r
    cross join lateral regexp_split_to_table(r.cancer_drugs, '\s*[,;/+]\s*') with ordinality as t(name, ord)
    where r.cancer_drugs is not null
) named
where name <> '';
