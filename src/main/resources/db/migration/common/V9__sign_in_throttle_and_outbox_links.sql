-- Sign-in throttle: a slot is taken (atomically) before each password check; the row counts the attempts that
-- failed or are in progress in the current window, and a success gives its slot back.
alter table login_throttle rename column failures to attempts;
alter table login_throttle rename column first_failure_at to window_started_at;
alter table login_throttle drop column locked_until;

-- One-time invitation links are never stored: the outbox keeps the body with the link masked and the account
-- whose invitation it is; the sender mints a fresh link for that invitation when it hands the e-mail over.
alter table outbox_message add column one_time_link_account uuid;
alter table outbox_message drop constraint outbox_status_ck;
alter table outbox_message add constraint outbox_status_ck
    check (status in ('PENDING', 'SENT', 'FAILED', 'RECORDED', 'CANCELLED'));
update outbox_message set body = regexp_replace(body, '/invitations/[A-Za-z0-9_-]+', '/invitations/[withheld]')
    where body like '%/invitations/%';
