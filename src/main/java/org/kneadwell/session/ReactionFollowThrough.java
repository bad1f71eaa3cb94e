package org.kneadwell.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.scheduling.SessionReviews;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What follows newly recorded adverse events, in the recording transaction: a severe one alerts the clinician(s) on
 * the care team at once (pinned, with an e-mail that only says an alert waits; the therapists too) and puts the
 * patient's next booked session up for review; a moderate one tells the therapists without pinning; a mild one
 * alerts nobody at once and is read on the chart.
 */
@Component
class ReactionFollowThrough {

    private final PatientRecords patients;
    private final SessionReviews reviews;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ClinicSettings clinic;

    ReactionFollowThrough(PatientRecords patients, SessionReviews reviews, ApplicationEventPublisher events,
            MessageSource messages, ClinicSettings clinic) {
        this.patients = patients;
        this.reviews = reviews;
        this.events = events;
        this.messages = messages;
        this.clinic = clinic;
    }

    void after(CurrentUser by, Patient patient, List<AdverseEvent> recorded) {
        AdverseEvent worst = recorded.stream().max(Comparator.comparing(AdverseEvent::severity)).orElse(null);
        if (worst == null || worst.severity() == Severity.MILD) {
            return;
        }
        List<CareTeamMember> team = patients.careTeam(patient);
        String reaction = word("reaction.kind." + worst.kind().name()).toLowerCase(Locale.ENGLISH);
        String day = DisplayDates.date((worst.sessionStart() != null ? worst.sessionStart() : worst.recordedAt())
                .atZone(clinic.zone()).toLocalDate());
        String link = "/patients/" + patient.publicId() + "#adverse-events";
        if (worst.severe()) {
            String reason = message(worst.sessionStart() != null ? "review.reason.afterSession" : "review.reason.recorded",
                    reaction, day);
            boolean marked = reviews.markNextForReview(by, patient.publicId(), reason).isPresent();
            Set<Long> everyone = team.stream().map(CareTeamMember::accountId).collect(Collectors.toSet());
            if (!everyone.isEmpty()) {
                events.publishEvent(new CareTeamAlert(patient.publicId(), everyone, CareTeamAlert.Level.WARNING,
                        message(marked ? "adverseEvent.alert.severe.review" : "adverseEvent.alert.severe",
                                patient.displayName(), reaction, day),
                        link, true, true));
            }
        } else {
            Set<Long> therapists = team.stream().filter(m -> m.teamRole() == TeamRole.THERAPIST)
                    .map(CareTeamMember::accountId).collect(Collectors.toSet());
            if (!therapists.isEmpty()) {
                events.publishEvent(new CareTeamAlert(patient.publicId(), therapists, CareTeamAlert.Level.INFO,
                        message("adverseEvent.alert.moderate", patient.displayName(), reaction, day), link, false,
                        false));
            }
        }
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
