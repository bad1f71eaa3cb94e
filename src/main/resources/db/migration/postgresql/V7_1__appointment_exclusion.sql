-- PostgreSQL only, defence in depth behind the booking transaction's own guard: no two booked appointments
-- overlap for a therapist or for a patient.
create extension if not exists btree_gist schema public;

alter table appointment add constraint appointment_therapist_no_overlap
    exclude using gist (therapist_id with =, tstzrange(starts_at, ends_at) with &&) where (status = 'BOOKED');
alter table appointment add constraint appointment_patient_no_overlap
    exclude using gist (patient_id with =, tstzrange(starts_at, ends_at) with &&) where (status = 'BOOKED');
