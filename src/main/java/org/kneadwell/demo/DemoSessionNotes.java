package org.kneadwell.demo;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.session.NoteInput;
import org.kneadwell.session.NoteInput.ObjectiveInput;
import org.kneadwell.session.NoteInput.PalpationInput;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.kneadwell.session.SessionNotes;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.stereotype.Component;

/**
 * Session notes in the demo clinic: Jordan Ellis's three past sessions with Maya Chen have signed notes whose pain
 * falls from before to after; Hannah Schmidt (pregnant, restricted) had a session with Amara Okafor a week ago whose
 * signed note went beyond a limit with a reason (the override on record), and one yesterday whose note is still
 * to be written. Written through the same service as the note page, so every rule applies.
 */
@Component
class DemoSessionNotes {

    private final SessionNotes notes;
    private final Visits visits;
    private final PastSessions pastSessions;
    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoSessionNotes(SessionNotes notes, Visits visits, PastSessions pastSessions, TherapistDirectory directory,
            ClinicSettings clinic, Clock clock) {
        this.notes = notes;
        this.visits = visits;
        this.pastSessions = pastSessions;
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(CurrentUser maya, UUID jordan, CurrentUser amara, UUID hannah) {
        // The three latest of his attended sessions (DemoAppointments); the older ones are
        // recorded after this, with their notes, by DemoOutcomes.
        List<Appointment> attended = visits.ofPatient(maya, jordan).stream()
                .filter(a -> a.status() == Appointment.Status.ATTENDED)
                .sorted(java.util.Comparator.comparing(Appointment::start)).toList();
        List<Appointment> past = attended.subList(Math.max(0, attended.size() - 3), attended.size());
        int[][] pain = { { 6, 4 }, { 5, 3 }, { 5, 2 } };
        String[] words = { "Stiff at first, looser by the end.", "Slept better the night after the last one.",
                "Best I have felt at my desk in months." };
        for (int i = 0; i < past.size() && i < pain.length; i++) {
            Appointment session = past.get(i);
            notes.save(maya, session.publicId(), new NoteInput("ATTENDED", String.valueOf(pain[i][0]),
                    List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "UPPER_BACK_RIGHT"),
                    "Desk-bound week; ache across the low back, worse by the evening.",
                    new ObjectiveInput(List.of(new PalpationInput("LOWER_BACK_LEFT", String.valueOf(3 - Math.min(i, 2)), true),
                            new PalpationInput("LOWER_BACK_RIGHT", "2", i == 0),
                            new PalpationInput("UPPER_BACK_RIGHT", "1", false)), i == 0 ? "4.5" : "5.0",
                            i == 0 ? "18" : String.valueOf(14 - 2 * i)),
                    "Myofascial tension of the lumbar paraspinals easing from session to session.",
                    "Continue weekly Swedish massage; desk breaks every 45 minutes; walking as agreed.",
                    List.of(new TreatmentInput("SWEDISH", List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT"), "3", "35",
                            null, null),
                            new TreatmentInput("SWEDISH", List.of("UPPER_BACK_RIGHT", "SHOULDER_RIGHT"), "2", "15",
                                    null, null)),
                    String.valueOf(pain[i][1]), words[i]));
            notes.sign(maya, session.publicId());
        }
        UUID amaraProfile = directory.profileOfAccount(amara.accountId()).orElseThrow().id();
        java.time.LocalDate today = clinic.today(clock);
        Appointment lastWeek = pastSessions.record(amara, hannah, amaraProfile, Technique.SWEDISH,
                today.minusDays(7).atTime(LocalTime.of(14, 0)).atZone(clinic.zone()).toInstant(), 60);
        notes.save(amara, lastWeek.publicId(), new NoteInput("LATE", "5",
                List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "SACRUM", "GLUTEAL_RIGHT", "POSTERIOR_THIGH_LEFT"),
                "Pelvic girdle pain after a long day standing; cramp in the left hamstring since last night.",
                new ObjectiveInput(List.of(new PalpationInput("GLUTEAL_RIGHT", "2", true),
                        new PalpationInput("SACRUM", "1", false)), null, null),
                "Pregnancy-related pelvic girdle and low back pain; hamstring cramp, no signs of a clot (no swelling, "
                        + "warmth or redness of the calf).",
                "Side-lying Swedish massage weekly; pillow between the knees at night.",
                List.of(new TreatmentInput("SWEDISH", List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "SACRUM",
                        "GLUTEAL_RIGHT"), "2", "40", null, null),
                        new TreatmentInput("TRIGGER_POINT", List.of("POSTERIOR_THIGH_LEFT"), "2", "5", null,
                                "Hamstring cramp with a trigger point above the knee: light ischaemic pressure only, "
                                        + "after checking for signs of a clot; the patient asked for it.")),
                "3", "The cramp has gone and lying on my side is easier."));
        notes.sign(amara, lastWeek.publicId());
        pastSessions.record(amara, hannah, amaraProfile, Technique.HOT_STONE,
                today.minusDays(1).atTime(LocalTime.of(15, 0)).atZone(clinic.zone()).toInstant(), 60);
    }
}
