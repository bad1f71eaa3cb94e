package org.kneadwell.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.shared.Technique;

/**
 * What the patient said they like. A dislike weighs most: a massage the patient dreads is unlikely to be kept
 * up. Pressure is compared with the technique's typical level and with today's cap, so nobody is promised
 * firmer pressure than safety allows [S44].
 */
final class PreferenceFactor {

    static final double LIKED = 1.0;
    static final double DISLIKED = -3.0;
    static final double PRESSURE = 0.5;
    static final double HEAT_LIKED = 0.5;
    static final double HEAT_AVOIDED = -2.0;

    private PreferenceFactor() {
    }

    static Factor of(TechniqueOption option, Preferences preferences) {
        Technique technique = option.technique();
        double contribution = 0;
        List<String> clinical = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>(Cited.tags("S44"));
        if (preferences.liked().contains(technique)) {
            contribution += LIKED;
            clinical.add("patient likes it");
            plain.add("you said you like it");
        }
        if (preferences.disliked().contains(technique)) {
            contribution += DISLIKED;
            clinical.add("patient dislikes it (strong penalty)");
            plain.add("you said you do not like it");
        }
        if (preferences.pressure() != null) {
            contribution += pressure(option, preferences.pressure(), clinical, plain);
            sources.addAll(TypicalPressure.of(technique).sources);
        }
        if (technique == Technique.HOT_STONE && preferences.heat() != null) {
            contribution += heat(option, preferences.heat(), clinical, plain);
        }
        if (clinical.isEmpty()) {
            return new Factor(Factor.PREFERENCE, 0, "No stated preference for this technique; depth follows patient "
                    + "comfort, checked during the session [S44]", "You have not told us a preference about this one.",
                    Cited.tags("S44"));
        }
        return new Factor(Factor.PREFERENCE, contribution, "Preferences: " + String.join("; ", clinical)
                + "; patient comfort governs depth [S44]", capital(String.join("; ", plain)) + ".", List.copyOf(sources));
    }

    private static double pressure(TechniqueOption option, String wanted, List<String> clinical, List<String> plain) {
        TypicalPressure typical = TypicalPressure.of(option.technique());
        int wantLow = wanted.equals("LIGHT") ? 1 : wanted.equals("MEDIUM") ? 3 : 4;
        int wantHigh = wanted.equals("LIGHT") ? 2 : wanted.equals("MEDIUM") ? 3 : 5;
        boolean capBelow = option.maxPressure() < wantLow;
        String cap = capBelow ? ", and today's cap is level " + option.maxPressure() : "";
        String capPlain = capBelow ? "; today the pressure must stay at level " + option.maxPressure()
                + " of 5 or lighter" : "";
        String stated = "prefers " + wanted + " (Walton " + wantLow + "-" + wantHigh + "); " + typical.clinical + " "
                + Cited.brackets(typical.sources);
        if (typical.low <= wantHigh && typical.high >= wantLow) {
            clinical.add(stated + (capBelow ? ": would match" + cap : ": a match"));
            plain.add("it is usually done at the " + wanted.toLowerCase() + " pressure you like" + capPlain);
            return capBelow ? 0 : PRESSURE;
        }
        if (typical.low > wantHigh && typical.low - wantHigh <= 1) {
            clinical.add(stated + ": a little firmer than preferred, easily done lighter" + cap);
            plain.add("it is usually a little firmer than you like, but can be done lighter" + capPlain);
            return 0;
        }
        boolean firmer = typical.low > wantHigh;
        clinical.add(stated + ": usually " + (firmer ? "firmer" : "lighter") + " than preferred" + cap);
        plain.add("it is usually " + (firmer ? "firmer" : "lighter") + " than you like" + capPlain);
        return -PRESSURE;
    }

    private static double heat(TechniqueOption option, String heat, List<String> clinical, List<String> plain) {
        if (heat.equals("AVOID")) {
            clinical.add("patient prefers to avoid heat");
            plain.add("you would rather not have heat");
            return HEAT_AVOIDED;
        }
        if (heat.equals("LIKE")) {
            boolean warmOnly = option.heat() == Heat.WARM_ONLY;
            clinical.add("patient likes heat" + (warmOnly ? "; stones warm only today" : ""));
            plain.add("you like warmth" + (warmOnly ? ", but the stones can only be warm, not hot" : ""));
            return HEAT_LIKED;
        }
        return 0;
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
