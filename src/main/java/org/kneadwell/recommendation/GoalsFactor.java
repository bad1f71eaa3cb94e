package org.kneadwell.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * How well a technique serves the goals the patient chose, from the {@link BenefitMap}. It is the mean over the
 * chosen goals, so choosing more goals does not outweigh evidence or preference.
 */
final class GoalsFactor {

    /** Points per benefit strength: a strong match (2) is worth 4, twice the best evidence level. */
    static final double WEIGHT = 2.0;

    private GoalsFactor() {
    }

    static Factor of(Technique technique, Set<Goal> goals) {
        if (goals.isEmpty()) {
            return new Factor(Factor.GOALS, 0, "No goals recorded; order rests on evidence for pain outcomes, the "
                    + "outcome the trials measured [S21][S24]", "You have not picked any goals yet, so goals do not "
                    + "change the order.", Cited.tags("S21 S24"));
        }
        double sum = 0;
        Set<String> sources = new LinkedHashSet<>();
        List<String> clinical = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Goal goal : new TreeSet<>(goals)) {
            BenefitMap.Benefit benefit = BenefitMap.of(technique, goal);
            sum += benefit.strength() * BenefitMap.weight(goal);
            sources.addAll(benefit.sources());
            clinical.add(Words.goalClinical(goal) + " " + benefit.strength() + "/2: " + benefit.reason() + " "
                    + Cited.brackets(benefit.sources()));
            plain.add(plain(goal, benefit.strength()));
        }
        double contribution = WEIGHT * sum / goals.size();
        return new Factor(Factor.GOALS, contribution, String.join("; ", clinical) + ".",
                Words.capitalised(technique) + ": " + String.join("; ", plain) + ".", List.copyOf(sources));
    }

    private static String plain(Goal goal, int strength) {
        String aim = Words.goalPlain(goal);
        if (goal == Goal.CIRCULATION) {
            return "experts disagree whether massage helps " + aim;
        }
        switch (strength) {
            case 2: return "good evidence it helps with " + aim;
            case 1: return "may help a little with " + aim;
            default: return "no good evidence yet that it helps with " + aim;
        }
    }
}
