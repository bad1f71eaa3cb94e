package org.kneadwell.recommendation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.IntakeAnswers;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.screening.checked.ScreeningHistory;
import org.kneadwell.screening.policy.StartBackScore;
import org.kneadwell.session.Severity;
import org.kneadwell.session.history.AdverseEventHistory;
import org.kneadwell.session.history.SignedSessions;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the techniques for one patient today: only what effective safety allows, by the goals and preferences of
 * their latest intake, their STarT Back stratum, their own signed sessions' pain before and after, and the reactions reported after them.
 */
@Service
public class PatientRecommendations {

    private final Recommender recommender = new Recommender();
    private final PatientRecords patients;
    private final PatientSafety safety;
    private final ScreeningHistory screenings;
    private final AuditTrail audit;
    private final SignedSessions sessions;
    private final AdverseEventHistory reactions;
    private final ClinicSettings clinic;
    private final Clock clock;

    PatientRecommendations(PatientRecords patients, PatientSafety safety, ScreeningHistory screenings, AuditTrail audit,
            SignedSessions sessions, AdverseEventHistory reactions, ClinicSettings clinic, Clock clock) {
        this.sessions = sessions;
        this.reactions = reactions;
        this.patients = patients;
        this.safety = safety;
        this.screenings = screenings;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Recommendation today(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "recommendation.read", patientId, "recommendation", null);
        SafetyToday today = safety.on(patientId, clinic.today(clock));
        StoredScreening screen = screenings.latest(patientId).orElse(null);
        IntakeAnswers answers = screen == null ? IntakeAnswers.empty()
                : screenings.answersOf(screen).orElse(IntakeAnswers.empty());
        StartBackScore startBack = screen == null ? null : screen.result().startBack();
        List<TechniqueOption> options = today.techniques().stream().map(PatientRecommendations::option).toList();
        return recommender.rank(new RecommendationInput(options, answers.goals(),
                new Preferences(answers.pressure(), answers.heat(), answers.likedTechniques(),
                        answers.dislikedTechniques()),
                startBack == null ? null : startBack.risk(), history(patientId), reactions(patientId)));
    }

    /** Pain before and after of each signed session, once per technique given in it. */
    private List<SessionOutcome> history(UUID patientId) {
        return sessions.of(patientId).stream().flatMap(s -> s.techniques().stream()
                .map(t -> new SessionOutcome(t, s.painBefore(), s.painAfter()))).toList();
    }

    /** Every reaction reported after a session, by that session's technique; moderate and severe ones are serious. */
    private List<SessionReaction> reactions(UUID patientId) {
        return reactions.byTechnique(patientId).entrySet().stream().flatMap(entry -> entry.getValue().stream()
                .map(event -> new SessionReaction(entry.getKey(), event.severity() != Severity.MILD))).toList();
    }

    private static TechniqueOption option(EffectiveVerdict verdict) {
        List<String> limits = verdict.limits().stream().map(limit -> limit.text()).toList();
        return new TechniqueOption(verdict.technique(), verdict.allowed(), verdict.maxPressure(), verdict.heat(),
                limits.isEmpty() && !verdict.allowed() ? List.of("not allowed today") : limits);
    }

}
