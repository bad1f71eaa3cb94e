-- Defence in depth for issue 12: submitted questionnaire responses and diary entries are immutable, and
-- measurements may only be voided (the application never updates or deletes them otherwise).
create function outcome_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'submitted outcome records are immutable';
end;
$$;
create trigger outcome_response_immutable before update or delete on outcome_response
    for each row execute function outcome_refuse_change();
create trigger pain_diary_entry_immutable before update or delete on pain_diary_entry
    for each row execute function outcome_refuse_change();

create function measurement_void_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.voided_at is not null or new.patient_id <> old.patient_id or new.code <> old.code
            or new.quantity <> old.quantity or new.effective_at <> old.effective_at then
        raise exception 'measurements are only ever voided';
    end if;
    return new;
end;
$$;
create trigger measurement_void_only before update or delete on measurement
    for each row execute function measurement_void_only();
