package org.kneadwell.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * Everything the intake asks, as far as it has been answered (a draft may be incomplete). Stored as JSON with
 * the intake; red flags and conditions keep the screening contract's stable codes.
 *
 * @param painDurationWeeks how long the pain has lasted
 * @param currentIntensity  pain now, 0-10
 * @param usualIntensity    pain on a usual day, 0-10
 * @param onset             SUDDEN or GRADUAL
 * @param eases             what eases the pain, in the patient's words
 * @param worsens           what makes it worse, in the patient's words
 * @param redFlags          each red-flag question answered, by code: true for yes
 * @param pressure          preferred pressure: LIGHT, MEDIUM or FIRM
 * @param heat              LIKE, NEUTRAL or AVOID
 * @param startBackAgree    STarT Back items 1-8 (null entries not answered yet)
 * @param bothersomeness    STarT Back item 9
 */
public record IntakeAnswers(
        Integer painDurationWeeks, Integer currentIntensity, Integer usualIntensity, String onset,
        String eases, String worsens,
        Set<BodyRegion> painRegions,
        Set<Cause> causes,
        Map<String, Boolean> redFlags,
        List<ConditionAnswer> conditions, Set<Medicine> medicines, String otherMedicines,
        Set<Goal> goals, String pressure, String heat, Set<Technique> likedTechniques,
        Set<Technique> dislikedTechniques,
        List<Boolean> startBackAgree, String bothersomeness,
        Boolean shareWithCareTeam, Boolean contactOwnDoctor, String ownDoctor) {

    public IntakeAnswers {
        painRegions = painRegions == null ? Set.of() : Set.copyOf(painRegions);
        causes = causes == null ? Set.of() : Set.copyOf(causes);
        redFlags = redFlags == null ? Map.of() : Map.copyOf(redFlags);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medicines = medicines == null ? Set.of() : Set.copyOf(medicines);
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        likedTechniques = likedTechniques == null ? Set.of() : Set.copyOf(likedTechniques);
        dislikedTechniques = dislikedTechniques == null ? Set.of() : Set.copyOf(dislikedTechniques);
        startBackAgree = startBackAgree == null ? java.util.Collections.nCopies(8, null)
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(startBackAgree));
    }

    public static IntakeAnswers empty() {
        return new IntakeAnswers(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    IntakeAnswers withPain(Integer weeks, Integer current, Integer usual, String onset, String eases, String worsens) {
        return new IntakeAnswers(weeks, current, usual, onset, eases, worsens, painRegions, causes, redFlags,
                conditions, medicines, otherMedicines, goals, pressure, heat, likedTechniques, dislikedTechniques,
                startBackAgree, bothersomeness, shareWithCareTeam, contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withPainRegions(Set<BodyRegion> regions) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens, regions,
                causes, redFlags, conditions, medicines, otherMedicines, goals, pressure, heat, likedTechniques,
                dislikedTechniques, startBackAgree, bothersomeness, shareWithCareTeam, contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withCauses(Set<Cause> newCauses) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, newCauses, redFlags, conditions, medicines, otherMedicines, goals, pressure, heat,
                likedTechniques, dislikedTechniques, startBackAgree, bothersomeness, shareWithCareTeam,
                contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withRedFlags(Map<String, Boolean> flags) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, causes, flags, conditions, medicines, otherMedicines, goals, pressure, heat,
                likedTechniques, dislikedTechniques, startBackAgree, bothersomeness, shareWithCareTeam,
                contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withConditions(List<ConditionAnswer> newConditions, Set<Medicine> newMedicines, String other) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, causes, redFlags, newConditions, newMedicines, other, goals, pressure, heat,
                likedTechniques, dislikedTechniques, startBackAgree, bothersomeness, shareWithCareTeam,
                contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withGoals(Set<Goal> newGoals, String newPressure, String newHeat, Set<Technique> liked,
            Set<Technique> disliked) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, causes, redFlags, conditions, medicines, otherMedicines, newGoals, newPressure, newHeat,
                liked, disliked, startBackAgree, bothersomeness, shareWithCareTeam, contactOwnDoctor, ownDoctor);
    }

    IntakeAnswers withStartBack(List<Boolean> agree, String newBothersomeness) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, causes, redFlags, conditions, medicines, otherMedicines, goals, pressure, heat,
                likedTechniques, dislikedTechniques, agree, newBothersomeness, shareWithCareTeam, contactOwnDoctor,
                ownDoctor);
    }

    IntakeAnswers withConsent(Boolean share, Boolean contactDoctor, String doctor) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, onset, eases, worsens,
                painRegions, causes, redFlags, conditions, medicines, otherMedicines, goals, pressure, heat,
                likedTechniques, dislikedTechniques, startBackAgree, bothersomeness, share, contactDoctor, doctor);
    }

    IntakeAnswers withOnset(String newOnset) {
        return new IntakeAnswers(painDurationWeeks, currentIntensity, usualIntensity, newOnset, eases, worsens,
                painRegions, causes, redFlags, conditions, medicines, otherMedicines, goals, pressure, heat,
                likedTechniques, dislikedTechniques, startBackAgree, bothersomeness, shareWithCareTeam,
                contactOwnDoctor, ownDoctor);
    }
}
