-- Audit events are append-only on PostgreSQL. An update may only seal an event (fill seq and hash where both
-- are still empty, nothing else changed); every other update, every delete and truncate are refused. The
-- table owner can still disable the trigger: run the application as a role that does not own the tables.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.hash is null
            and (new.id, new.public_id, new.occurred_at, new.actor_id, new.actor_role, new.action, new.patient_id,
                 new.record_type, new.record_id, new.source_ip, new.outcome, new.entry_mac)
                is not distinct from
                (old.id, old.public_id, old.occurred_at, old.actor_id, old.actor_role, old.action, old.patient_id,
                 old.record_type, old.record_id, old.source_ip, old.outcome, old.entry_mac) then
        return new;
    end if;
    raise exception 'audit events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Roles other than the owner (the application's, where it is not the owner) lose UPDATE, DELETE and TRUNCATE;
-- those that could update keep UPDATE on the seal columns only. Does nothing when the application owns the table.
do $$
declare
    target record;
begin
    for target in
        select distinct case when acl.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(acl.grantee)) end
                   as role_name,
               bool_or(acl.privilege_type = 'UPDATE') over (partition by acl.grantee) as could_update
        from pg_class c cross join lateral aclexplode(c.relacl) acl
        where c.oid = 'audit_event'::regclass and acl.grantee <> c.relowner
          and acl.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
    loop
        execute 'revoke update, delete, truncate on audit_event from ' || target.role_name;
        if target.could_update then
            execute 'grant update (seq, hash) on audit_event to ' || target.role_name;
        end if;
    end loop;
end;
$$;
