-- Defence in depth on PostgreSQL (the application refuses these already): an answered follow-up is never
-- changed, and adverse events are never changed or deleted.
create or replace function follow_up_answered_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.answered_at is null then
        return new;
    end if;
    raise exception 'an answered follow-up is not changed: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger follow_up_answered_once before update or delete on follow_up
    for each row execute function follow_up_answered_once();

create or replace function adverse_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'adverse events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger adverse_event_append_only before update or delete on adverse_event
    for each row execute function adverse_event_append_only();
