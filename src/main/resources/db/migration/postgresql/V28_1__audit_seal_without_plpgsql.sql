-- Sealing an audit event (filling seq and hash where both are still empty, nothing else changed) is the one update
-- V10_1 lets through, and the sealer makes one for every event. The update trigger now says so in its WHEN clause,
-- which PostgreSQL evaluates without calling PL/pgSQL: only an update that is not a seal calls the function, which
-- refuses it as before. Deletes and truncates are refused as before.
drop trigger audit_event_append_only on audit_event;

create trigger audit_event_append_only before update on audit_event
    for each row
    when (not (old.seq is null and old.hash is null
               and (new.id, new.public_id, new.occurred_at, new.actor_id, new.actor_role, new.action, new.patient_id,
                    new.record_type, new.record_id, new.source_ip, new.outcome, new.entry_mac)
                   is not distinct from
                   (old.id, old.public_id, old.occurred_at, old.actor_id, old.actor_role, old.action, old.patient_id,
                    old.record_type, old.record_id, old.source_ip, old.outcome, old.entry_mac)))
    execute function audit_event_append_only();

create trigger audit_event_no_delete before delete on audit_event
    for each row execute function audit_event_append_only();
