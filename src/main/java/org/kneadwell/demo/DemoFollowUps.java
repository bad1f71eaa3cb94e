package org.kneadwell.demo;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.session.FollowUpInput;
import org.kneadwell.session.FollowUpRequests;
import org.kneadwell.session.SessionFollowUps;
import org.springframework.stereotype.Component;

/**
 * The demo patient's 48-hour follow-ups: the first of their past sessions was followed up with moderate bruising and
 * mild soreness (a moderate adverse event on the chart, the therapist told), and the follow-up job then asks about
 * the later sessions whose end was 48 hours ago or more, so one is waiting on the patient's home page.
 */
@Component
class DemoFollowUps {

    private final Visits visits;
    private final SessionFollowUps followUps;
    private final FollowUpRequests requests;

    DemoFollowUps(Visits visits, SessionFollowUps followUps, FollowUpRequests requests) {
        this.visits = visits;
        this.followUps = followUps;
        this.requests = requests;
    }

    void seed(CurrentUser patientSelf, UUID patient) {
        List<Appointment> attended = visits.ofPatient(patientSelf, patient).stream()
                .filter(a -> a.status() == Appointment.Status.ATTENDED)
                .sorted(Comparator.comparing(Appointment::start)).toList();
        if (!attended.isEmpty()) {
            followUps.answer(patientSelf, attended.get(0).publicId(), new FollowUpInput(3, "MILD", "MODERATE",
                    List.of(new FollowUpInput.ReactionInput("HEADACHE", "MILD", null)), "SOMEWHAT"));
        }
        requests.requestDue();
    }
}
