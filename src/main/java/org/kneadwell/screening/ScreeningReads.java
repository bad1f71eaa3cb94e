package org.kneadwell.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.screening.checked.IntakeGoals;
import org.kneadwell.screening.checked.ScreeningHistory;
import org.kneadwell.shared.Goal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored screenings and their intakes read for modules that already checked access (see the interfaces). A read that
 * is one statement has no transaction of its own (it joins the caller's when there is one).
 */
@Service
class ScreeningReads implements ScreeningHistory, IntakeGoals {

    private final ScreeningResults results;
    private final Intakes intakes;

    ScreeningReads(ScreeningResults results, Intakes intakes) {
        this.results = results;
        this.intakes = intakes;
    }

    @Override
    public Optional<StoredScreening> latest(UUID patientId) {
        return results.latest(patientId);
    }

    @Override
    public List<StoredScreening> since(UUID patientId, long fromId) {
        return results.since(patientId, fromId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<StoredScreening>> sinceEach(java.util.Map<UUID, Long> fromIds) {
        return results.sinceEach(fromIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IntakeAnswers> answersOf(StoredScreening screening) {
        return screening.intakeId() == null ? Optional.empty()
                : intakes.byId(screening.intakeId()).map(Intake::answers);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Goal> latestOf(UUID patientId) {
        return latest(patientId).flatMap(this::answersOf).map(IntakeAnswers::goals).map(List::copyOf)
                .orElse(List.of());
    }
}
