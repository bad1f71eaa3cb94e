-- Audit chain keyed with HMAC-SHA-256 (the key lives outside the database: KNEADWELL_AUDIT_KEY or a file in
-- KNEADWELL_HOME). The application records each event with a random public id and an entry MAC over its
-- content, so a row written past the application (no MAC, or a wrong one) is told apart from a genuine one.
alter table audit_event add column public_id uuid;
alter table audit_event add column entry_mac varchar(64);
alter table audit_event add constraint audit_event_public_id_uk unique (public_id);
-- Role refusals name the refused route (method and path) as their target.
alter table audit_event alter column record_id set data type varchar(200);

-- Events sealed before this migration stay on the old SHA-256 chain up to legacy_seq; the keyed chain
-- continues from there. anchor_mac (set by the application on its first seal) binds that boundary to the key.
alter table audit_chain_head add column legacy_seq bigint;
alter table audit_chain_head add column legacy_hash varchar(64);
alter table audit_chain_head add column anchor_mac varchar(64);
update audit_chain_head set legacy_seq = last_seq, legacy_hash = last_hash where id = 1;

-- Where the scheduled verifier last found the chain intact, with a MAC so it cannot be moved by hand.
create table audit_checkpoint (
    id            int primary key,
    verified_seq  bigint not null,
    verified_hash varchar(64) not null,
    mac           varchar(64) not null,
    verified_at   timestamp with time zone not null
);
-- Starts out invalid (no MAC can be computed here), so the first check walks the whole chain.
insert into audit_checkpoint (id, verified_seq, verified_hash, mac, verified_at)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 'none', current_timestamp);
