-- Issue 9, item 4: sessions the clinic must rebook (their therapist was deactivated). They stay BOOKED, not
-- cancelled, until the care team rebooks or cancels them; rebook_reason says why (THERAPIST_DEACTIVATED).

alter table appointment add column rebook_reason varchar(40);
alter table appointment add column rebook_marked_at timestamp with time zone;

-- Therapists deactivated before this release: their feeds stop and their upcoming sessions are marked too.
update calendar_feed set revoked_at = current_timestamp
where owner_kind = 'THERAPIST' and revoked_at is null
  and owner_id in (select p.public_id from therapist_profile p join account a on a.id = p.account_id
                   where a.status = 'DEACTIVATED');

update appointment set rebook_reason = 'THERAPIST_DEACTIVATED', rebook_marked_at = current_timestamp
where status = 'BOOKED' and starts_at > current_timestamp
  and therapist_id in (select p.public_id from therapist_profile p join account a on a.id = p.account_id
                       where a.status = 'DEACTIVATED');
