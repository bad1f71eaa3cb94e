-- Signed session notes are immutable in the database too (defence in depth; the application refuses first).
-- A draft may change freely. A signed note may only be voided: status SIGNED -> VOIDED with the void columns
-- filled and nothing else changed. A voided note never changes. Notes and addenda are never deleted; treatment
-- and palpation rows change only while their note is a draft.
create or replace function session_note_locked() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = 'DRAFT' then
        return new;
    end if;
    if tg_op = 'UPDATE' and old.status = 'SIGNED' and new.status = 'VOIDED'
            and old.voided_at is null and new.voided_at is not null
            and (new.id, new.public_id, new.patient_id, new.appointment_id, new.therapist_id, new.session_start,
                 new.attendance, new.pain_before, new.pain_after, new.pain_regions, new.subjective, new.schober_cm,
                 new.fingertip_floor_cm, new.assessment, new.plan_text, new.patient_words, new.author_id,
                 new.author_name, new.created_at, new.updated_at, new.signed_at, new.signed_by, new.signed_by_name)
                is not distinct from
                (old.id, old.public_id, old.patient_id, old.appointment_id, old.therapist_id, old.session_start,
                 old.attendance, old.pain_before, old.pain_after, old.pain_regions, old.subjective, old.schober_cm,
                 old.fingertip_floor_cm, old.assessment, old.plan_text, old.patient_words, old.author_id,
                 old.author_name, old.created_at, old.updated_at, old.signed_at, old.signed_by, old.signed_by_name) then
        return new;
    end if;
    raise exception 'a signed session note cannot be changed or deleted: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger session_note_locked before update or delete on session_note
    for each row execute function session_note_locked();

create or replace function session_note_rows_locked() returns trigger language plpgsql as $$
declare
    note_status varchar(10);
begin
    select status into note_status from session_note
        where id = case when tg_op = 'DELETE' then old.note_id else new.note_id end;
    if tg_op = 'UPDATE' and new.note_id <> old.note_id then
        raise exception 'a treatment or palpation row cannot move to another note' using errcode = 'insufficient_privilege';
    end if;
    if note_status = 'DRAFT' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'the rows of a signed session note cannot be changed: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger session_treatment_locked before insert or update or delete on session_treatment
    for each row execute function session_note_rows_locked();
create trigger session_palpation_locked before insert or update or delete on session_palpation
    for each row execute function session_note_rows_locked();

create or replace function session_addendum_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'session notes and their addenda are never changed or removed: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger session_addendum_append_only before update or delete on session_addendum
    for each row execute function session_addendum_append_only();
create trigger session_note_no_truncate before truncate on session_note
    for each statement execute function session_addendum_append_only();
