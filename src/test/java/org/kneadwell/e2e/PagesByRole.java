package org.kneadwell.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kneadwell.screening.IntakeStep;
import org.kneadwell.support.Demo;

/**
 * Every page each demo role reaches: its menu, and the demo records' pages. Paths name demo records as
 * placeholders ({@code {jordan}}, {@code {jordanPlan}}, ...) that {@link DemoRecordIds} turns into the ids the
 * seeded clinic was given ({@code {invitationToken}}: the test makes a new invitation, as only its e-mail holds
 * the token).
 */
final class PagesByRole {

    /** One page to render: a short name for screenshots and reports, and its path. */
    record PageVisit(String name, String path) {

        String resolved(Map<String, String> ids) {
            String path = this.path;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return path;
        }
    }

    /** Someone not signed in, and the four demo roles with the login each uses. */
    enum DemoRole {
        SIGNED_OUT(null),
        ADMIN(Demo.ADMIN),
        CLINICIAN(Demo.CLINICIAN),
        THERAPIST(Demo.THERAPIST),
        PATIENT(Demo.PATIENT);

        final String email;

        DemoRole(String email) {
            this.email = email;
        }
    }

    private PagesByRole() {
    }

    static List<PageVisit> of(DemoRole role) {
        return switch (role) {
            case SIGNED_OUT -> List.of(
                    visit("sign-in", "/login"),
                    visit("sign-in-failed", "/login?error"),
                    visit("invitation", "/invitations/{invitationToken}"));
            case ADMIN -> List.of(
                    visit("home", "/"),
                    visit("users", "/admin/users"),
                    visit("resend-invitation", "/admin/users/{samInvitation}/resend"),
                    visit("revoke-invitation", "/admin/users/{samInvitation}/revoke"),
                    visit("deactivate-user", "/admin/users/{mayaAccount}/deactivate"),
                    visit("credentials", "/admin/therapists"),
                    visit("credential", "/admin/therapists/{mayaProfile}/credential"),
                    visit("places", "/admin/places"),
                    visit("policy", "/admin/policy"),
                    visit("audit", "/admin/audit"),
                    visit("outbox", "/admin/outbox"),
                    visit("clinic-day", "/sessions/clinic"),
                    visit("patients", "/patients"),
                    visit("chart", "/patients/{jordan}"),
                    visit("care-team-remove", "/patients/{jordan}/care-team/{priyaAccount}/remove"),
                    visit("find-therapist", "/therapists"),
                    visit("therapist-profile", "/therapists/{mayaProfile}"),
                    visit("evidence", "/evidence"));
            case CLINICIAN -> List.of(
                    visit("home", "/"),
                    visit("clearance-queue", "/clearances"),
                    visit("clearance-decision", "/clearances/{rosaClearance}"),
                    visit("patients", "/patients"),
                    visit("chart", "/patients/{rosa}"),
                    visit("chart-with-clearance", "/patients/{aisha}"),
                    visit("screening", "/patients/{rosa}/screening"),
                    visit("session-with-override", "/appointments/{hannahOverride}/session"),
                    visit("messages", "/patients/{aisha}/messages"),
                    visit("message-thread", "/patients/{aisha}/threads/{aishaThread}"),
                    visit("find-therapist", "/therapists"),
                    visit("evidence", "/evidence"));
            case THERAPIST -> withIntake(List.of(
                    visit("home", "/"),
                    visit("patients", "/patients"),
                    visit("new-patient", "/patients/new"),
                    visit("chart", "/patients/{jordan}"),
                    visit("chart-restricted", "/patients/{aisha}"),
                    visit("record-adverse-event", "/patients/{jordan}/adverse-events/new"),
                    visit("edit-patient", "/patients/{jordan}/edit"),
                    visit("screening", "/patients/{aisha}/screening"),
                    visit("booking", "/patients/{jordan}/book"),
                    visit("booking-confirm", "/patients/{jordan}/book/confirm?therapist={mayaProfile}&start={mayaFreeSlot}"
                            + "&minutes=60&technique=SWEDISH"),
                    visit("cancel-session", "/appointments/{jordanSession}/cancel"),
                    visit("calendar-revoke", "/calendar-links/revoke"),
                    visit("plan", "/patients/{jordan}/plans/{jordanPlan}"),
                    visit("plan-edit", "/patients/{jordan}/plans/{jordanPlan}/edit"),
                    visit("plan-new", "/patients/{aisha}/plans/new"),
                    visit("questionnaire-schober", "/patients/{jordan}/questionnaires/schober"),
                    visit("questionnaire-odi-unavailable", "/patients/{jordan}/questionnaires/odi"),
                    visit("pain-diary", "/patients/{aisha}/diary"),
                    visit("messages", "/patients/{jordan}/messages"),
                    visit("message-thread-retracted", "/patients/{jordan}/threads/{jordanRetractedThread}"),
                    visit("session", "/appointments/{jordanSignedSession}/session"),
                    visit("session-note", "/appointments/{jordanToday}/note"),
                    visit("own-profile", "/therapist/profile"),
                    visit("day", "/sessions"),
                    visit("week", "/sessions?view=week"),
                    visit("session-blocked", "/sessions/{davidToday}"),
                    visit("session-checked-in", "/sessions/{jordanToday}"),
                    visit("check-in-desk", "/sessions/{hannahToday}/check-in"),
                    visit("availability", "/therapist/availability"),
                    visit("find-therapist", "/therapists"),
                    visit("therapist-profile", "/therapists/{mayaProfile}"),
                    visit("evidence", "/evidence")), "{aisha}");
            case PATIENT -> withIntake(List.of(
                    visit("home", "/"),
                    visit("my-safety", "/patients/{jordan}/screening"),
                    visit("follow-up", "/appointments/{jordanFollowUp}/follow-up"),
                    visit("follow-up-answered", "/appointments/{jordanFollowUpAnswered}/follow-up"),
                    visit("my-session", "/sessions/{jordanToday}"),
                    visit("check-in", "/sessions/{jordanToday}/check-in"),
                    visit("booking", "/patients/{jordan}/book"),
                    visit("booking-confirm", "/patients/{jordan}/book/confirm?therapist={mayaProfile}&start={mayaFreeSlot}"
                            + "&minutes=60&technique=SWEDISH"),
                    visit("cancel-session", "/appointments/{jordanSession}/cancel"),
                    visit("calendar-revoke", "/calendar-links/revoke"),
                    visit("plan", "/patients/{jordan}/plans/{jordanPlan}"),
                    visit("chart", "/patients/{jordan}"),
                    visit("questionnaire-rmdq", "/patients/{jordan}/questionnaires/rmdq"),
                    visit("questionnaire-psfs", "/patients/{jordan}/questionnaires/psfs"),
                    visit("questionnaire-pgic", "/patients/{jordan}/questionnaires/pgic"),
                    visit("questionnaire-stress", "/patients/{jordan}/questionnaires/stress"),
                    visit("pain-diary", "/patients/{jordan}/diary"),
                    visit("messages", "/patients/{jordan}/messages"),
                    visit("message-thread", "/patients/{jordan}/threads/{jordanThread}"),
                    visit("session", "/appointments/{jordanSignedSession}/session"),
                    visit("find-therapist", "/therapists"),
                    visit("therapist-profile", "/therapists/{mayaProfile}"),
                    visit("evidence", "/evidence")), "{jordan}");
        };
    }

    private static List<PageVisit> withIntake(List<PageVisit> pages, String patient) {
        List<PageVisit> all = new ArrayList<>(pages);
        for (IntakeStep step : IntakeStep.values()) {
            all.add(visit("intake-" + step.slug(), "/patients/" + patient + "/intake/" + step.slug()));
        }
        return all;
    }

    private static PageVisit visit(String name, String path) {
        return new PageVisit(name, path);
    }
}
