-- Red flags are answered at once (issue 8): an emergency answered on an intake alerts the care team when the step is
-- saved, before the intake is submitted, and only once per intake; this remembers when.
alter table intake add column emergency_alerted_at timestamp with time zone;
