-- Safety over time (screening contract §5): a later screen never lifts a hold or a clearance need on its own.

-- A screening keeps the answers it was made from (so the clinician sees what changed between two screens) and the
-- format its result was stored in. Screenings stored through the API have no intake.
alter table screening_result add column input text;
alter table screening_result add column schema_version int not null default 1;
alter table screening_result alter column intake_id drop not null;
create index screening_result_patient_id_ix on screening_result (patient_id, id);

-- A decision applies to the patient's latest screen when it is made, whatever screen opened the request.
alter table clearance_decision add column screening_id bigint references screening_result (id);
update clearance_decision set screening_id = (select r.screening_id from clearance_request r where r.id = clearance_decision.request_id);
alter table clearance_decision alter column screening_id set not null;
alter table clearance_decision drop constraint clearance_decision_ck;
alter table clearance_decision add constraint clearance_decision_ck
    check (decision in ('APPROVE', 'DECLINE', 'MORE_INFO', 'NOT_NEEDED'));

alter table clearance_request drop constraint clearance_request_status_ck;
alter table clearance_request add constraint clearance_request_status_ck
    check (status in ('OPEN', 'MORE_INFO', 'APPROVED', 'DECLINED', 'NOT_NEEDED', 'SUPERSEDED'));
-- Therapists asking again while a request is open add their note to it.
alter table clearance_request alter column note set data type varchar(8000);

-- An upcoming session that effective safety no longer allows is marked, never cancelled automatically.
alter table appointment add column blocked_reason varchar(1000);
alter table appointment add column blocked_at timestamp with time zone;
