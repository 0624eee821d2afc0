-- The signing PIN: six digits a user may set on their profile to confirm an electronic
-- signature instead of typing the password again. Hashed like the password; wrong PINs count
-- towards the same lockout as wrong passwords.
alter table account add column pin_hash varchar(200);
alter table account add column pin_set_at timestamp with time zone;
