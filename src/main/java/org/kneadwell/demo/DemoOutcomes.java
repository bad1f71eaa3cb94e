package org.kneadwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.Outcomes;
import org.kneadwell.outcome.Outcomes.DiaryInput;
import org.kneadwell.outcome.Outcomes.Submission;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.session.NoteInput;
import org.kneadwell.session.NoteInput.ObjectiveInput;
import org.kneadwell.session.NoteInput.PalpationInput;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.kneadwell.session.SessionNotes;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.SessionPainRecorded;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Months of outcome history (issue 12 item 9): Jordan clearly improving (pain and RMDQ past their MCIDs), Aisha
 * not improving after 4 sessions (the therapist's alert shows), Kofi worsening (alerted at once); diary entries,
 * an RMDQ due for Jordan and overdue for Kofi, a stress rating overdue. Jordan's session pain comes from real attended
 * sessions whose notes are signed through {@link SessionNotes} (which publishes {@link SessionPainRecorded});
 * Aisha's and Kofi's is still published directly, without appointments or notes, because effective safety does not
 * allow their past days (Aisha's clearance is decided on the seeding day, Kofi has no screened intake): to do. Questionnaires
 * and diary entries go through {@link Outcomes}, all in time order so the progress rules see the history as it happened.
 */
@Component
class DemoOutcomes {

    private final Outcomes outcomes;
    private final ApplicationEventPublisher events;
    private final PastSessions pastSessions;
    private final SessionNotes notes;
    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoOutcomes(Outcomes outcomes, ApplicationEventPublisher events, PastSessions pastSessions, SessionNotes notes,
            TherapistDirectory directory, ClinicSettings clinic, Clock clock) {
        this.outcomes = outcomes;
        this.events = events;
        this.pastSessions = pastSessions;
        this.notes = notes;
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    private record Step(Instant at, Runnable run) {
    }

    void seed(CurrentUser maya, CurrentUser jordanSelf, UUID jordan, UUID aisha, UUID kofi) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.HOURS);
        List<Step> steps = new ArrayList<>();

        // Jordan: improving. Seven weekly sessions with Maya before the three latest (DemoAppointments, whose notes
        // DemoSessionNotes signs: pain 6 -> 4, 5 -> 3, 5 -> 2), one series of ten; RMDQ 14 -> 11 -> 8; stress overdue.
        UUID mayaProfile = directory.profileOfAccount(maya.accountId()).orElseThrow().id();
        LocalDate lastTuesday = clinic.today(clock).with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
        int[] jordanBefore = { 7, 7, 7, 6, 6, 6, 6 };
        int[] jordanAfter = { 5, 5, 4, 4, 4, 4, 3 };
        for (int i = 0; i < jordanBefore.length; i++) {
            Instant start = lastTuesday.minusWeeks(9L - i).atTime(LocalTime.of(10, 0)).atZone(clinic.zone()).toInstant();
            steps.add(session(maya, jordan, mayaProfile, start, jordanBefore[i], jordanAfter[i],
                    i % 2 == 0 ? List.of(Technique.SWEDISH) : List.of(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE)));
        }
        steps.add(rmdq(jordanSelf, jordan, today.minus(days(105)), 14));
        steps.add(rmdq(jordanSelf, jordan, today.minus(days(70)), 11));
        steps.add(rmdq(jordanSelf, jordan, today.minus(days(30)), 8));
        int[] jordanStress = { 7, 7, 6, 6, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3 };
        for (int i = 0; i < jordanStress.length; i++) {
            steps.add(rating(jordanSelf, jordan, "STRESS", today.minus(days(105 - 7 * i)), jordanStress[i]));
            steps.add(rating(jordanSelf, jordan, "TENSION", today.minus(days(101 - 7 * i)), Math.min(10, jordanStress[i] + 1)));
        }
        steps.add(rating(jordanSelf, jordan, "TENSION", today.minus(days(4)), 3));
        int[] jordanDiary = { 7, 6, 6, 5, 6, 5, 4, 4, 5, 3, 3, 4, 3, 2 };
        for (int i = 0; i < jordanDiary.length; i++) {
            boolean flare = i == 8;
            steps.add(diary(jordanSelf, jordan, today.minus(days(100 - 7 * i)), jordanDiary[i],
                    flare ? "Flare-up after moving furniture; eased with heat." : i == 12 ? "Slept well all week." : null, flare));
        }

        // Aisha: not improving. Six weekly sessions, pain stays at 5-6; RMDQ 12 -> 11 (due again today).
        int[] aishaPain = { 6, 6, 5, 6, 6, 5 };
        for (int i = 0; i < aishaPain.length; i++) {
            steps.add(publishedPain(aisha, today.minus(days(56 - 7 * i)), aishaPain[i], aishaPain[i] - 1,
                    List.of(Technique.SWEDISH)));
        }
        steps.add(rmdq(maya, aisha, today.minus(days(63)), 12));
        steps.add(rmdq(maya, aisha, today.minus(days(28)), 11));
        for (int i = 0; i < 6; i++) {
            steps.add(diary(maya, aisha, today.minus(days(52 - 8 * i)), i % 2 == 0 ? 6 : 5, null, false));
        }

        // Kofi: worsening. Pain 4 -> 5 -> 7 over three sessions; RMDQ overdue since 40 days.
        int[] kofiPain = { 4, 5, 7 };
        for (int i = 0; i < kofiPain.length; i++) {
            steps.add(publishedPain(kofi, today.minus(days(35 - 7 * i)), kofiPain[i], kofiPain[i] - 1,
                    List.of(Technique.SWEDISH, Technique.TRIGGER_POINT)));
        }
        steps.add(rmdq(maya, kofi, today.minus(days(40)), 8));
        steps.add(diary(maya, kofi, today.minus(days(10)), 7, "Worse since gardening at the weekend.", true));

        steps.sort(Comparator.comparing(Step::at));
        steps.forEach(step -> step.run().run());
    }

    /** Where it hurt: the ache reaches the sacrum and the left buttock while pain is high, and recedes as it eases. */
    private static List<String> painRegions(int before) {
        if (before >= 7) {
            return List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "SACRUM", "GLUTEAL_LEFT");
        }
        return before == 6 ? List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "GLUTEAL_LEFT")
                : List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT");
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    /**
     * A past session with the therapist, recorded as attended, whose SOAP note is saved and signed through the note
     * service (checked against effective safety on its day); signing publishes the session's pain.
     */
    private Step session(CurrentUser therapist, UUID patient, UUID profile, Instant at, int before, int after,
            List<Technique> techniques) {
        return new Step(at, () -> {
            Appointment appointment = pastSessions.record(therapist, patient, profile, techniques.get(0), at, 60);
            List<TreatmentInput> rows = new ArrayList<>();
            rows.add(new TreatmentInput("SWEDISH", List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT"), "3",
                    techniques.size() > 1 ? "30" : "45", null, null));
            if (techniques.contains(Technique.MYOFASCIAL_RELEASE)) {
                rows.add(new TreatmentInput("MYOFASCIAL_RELEASE", List.of("LOWER_BACK_LEFT"), "2", "15", null, null));
            }
            notes.save(therapist, appointment.publicId(), new NoteInput("ATTENDED", String.valueOf(before),
                    painRegions(before),
                    "Ache across the low back after long days at the desk; walking helps.",
                    new ObjectiveInput(List.of(new PalpationInput("LOWER_BACK_LEFT",
                            String.valueOf(Math.max(1, before / 2)), true)), null, null),
                    "Myofascial tension of the lumbar paraspinals, easing week by week.",
                    "Weekly massage; desk breaks every 45 minutes; walking as agreed.", rows,
                    String.valueOf(after), after < before - 1 ? "Looser than when I came in." : "A bit easier."));
            notes.sign(therapist, appointment.publicId());
        });
    }

    /**
     * Pain before and after published directly, without an appointment or a note: Aisha's and Kofi's history still
     * arrives this way (see the report: their past days are not allowed by effective safety).
     */
    private Step publishedPain(UUID patient, Instant at, int before, int after, List<Technique> techniques) {
        return new Step(at, () -> events.publishEvent(new SessionPainRecorded(patient, UUID.randomUUID(), at, before,
                after, techniques, Set.of())));
    }

    private Step rmdq(CurrentUser by, UUID patient, Instant at, int ticked) {
        List<Object> answers = new ArrayList<>(Collections.nCopies(24, (Object) Boolean.FALSE));
        int[] typical = { 1, 2, 3, 5, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 21, 23, 6, 4, 7, 15, 22, 19, 24 };
        for (int i = 0; i < ticked; i++) {
            answers.set(typical[i] - 1, Boolean.TRUE);
        }
        return new Step(at, () -> outcomes.submit(by, patient, new Submission("RMDQ", answers, null, at)));
    }

    private Step rating(CurrentUser by, UUID patient, String instrument, Instant at, int value) {
        return new Step(at, () -> outcomes.submit(by, patient, new Submission(instrument, List.of(value), null, at)));
    }

    private Step diary(CurrentUser by, UUID patient, Instant at, int pain, String note, boolean flareUp) {
        return new Step(at, () -> outcomes.recordDiary(by, patient, new DiaryInput(pain, note, flareUp, null, at)));
    }
}
