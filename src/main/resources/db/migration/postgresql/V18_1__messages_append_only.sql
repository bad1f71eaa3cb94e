-- Defence in depth for issue 13: threads and messages are never deleted, a message's text never changes, and the
-- only change a message takes is being retracted once (who and when); the application never does anything else.
create function message_thread_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'message threads are never changed or deleted';
end;
$$;
create trigger message_thread_immutable before update or delete on message_thread
    for each row execute function message_thread_refuse_change();

create function message_retract_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.retracted_at is not null or new.retracted_at is null
            or new.thread_id <> old.thread_id or new.author_id <> old.author_id or new.body <> old.body
            or new.sent_at <> old.sent_at or new.public_id <> old.public_id then
        raise exception 'messages are only ever retracted, once';
    end if;
    return new;
end;
$$;
create trigger message_retract_only before update or delete on message
    for each row execute function message_retract_only();
