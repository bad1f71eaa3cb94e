-- Measurements that arrive from another system (a FHIR import, issue 14) are kept as a source of their own.
alter table measurement drop constraint measurement_source_ck;
alter table measurement add constraint measurement_source_ck
    check (source in ('PATIENT', 'THERAPIST', 'SESSION', 'IMPORTED'));
