-- Access follows the account. Every change of what an account may do (role, departments,
-- disabling, a new password) raises its access generation; web sessions and API tokens carry
-- the generation they were opened with and stop working when it is no longer the account's.
alter table account add column access_generation bigint not null default 0;
alter table api_token add column access_generation bigint not null default 0;

-- Until now a bearer token could mint further tokens without the password, and those outlived
-- their parent. Which tokens were minted that way is not recorded, so every token issued before
-- this version is revoked: scripts ask for a new one with the password.
update api_token set revoked_at = now(), revoked_by = 'upgrade: tokens need the password'
 where revoked_at is null;
