-- How often a treatment plan asks the patient how they are doing (issue 12 item 4, "editable per plan"):
-- questionnaires (RMDQ or ODI, PEG) every 1-12 weeks, the stress and tension ratings every 1-4 weeks.
-- Plans written before this keep the usual schedule: 4 weeks and weekly.

alter table treatment_plan add column questionnaire_weeks integer default 4 not null;
alter table treatment_plan add column rating_weeks integer default 1 not null;
alter table treatment_plan add constraint treatment_plan_questionnaire_weeks_ck
    check (questionnaire_weeks between 1 and 12);
alter table treatment_plan add constraint treatment_plan_rating_weeks_ck check (rating_weeks between 1 and 4);
