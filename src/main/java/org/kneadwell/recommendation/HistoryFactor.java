package org.kneadwell.recommendation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kneadwell.shared.Technique;

/**
 * The patient's own pre/post pain, once sessions exist. The technique with the largest mean drop gets a bonus:
 * this person's response is the most specific evidence we have, though a pre/post change is short-term and
 * uncontrolled [S21]. A change of 2 points or 30% on the 0–10 scale is the minimal important change [S72][S75].
 * A moderate or severe reaction after a technique (bruising, for example, which massage should not cause [S44])
 * counts against it whatever the pain did: adverse events after massage are reported, if rarely serious [S36][S21].
 */
final class HistoryFactor {

    static final double BEST_BONUS = 1.5;
    static final double WORSE_PENALTY = -0.5;
    static final double SERIOUS_REACTION_PENALTY = -1.0;

    /** Sessions, mean pain before and mean pain after, per technique the patient has had. */
    private record Tally(int sessions, double before, double after) {
        double drop() {
            return before - after;
        }

        boolean meaningful() {
            return drop() >= 2 || (before > 0 && drop() / before >= 0.3);
        }
    }

    private final Map<Technique, Tally> tallies = new EnumMap<>(Technique.class);
    private final Optional<Technique> best;
    private final Map<Technique, Integer> seriousReactions = new EnumMap<>(Technique.class);

    HistoryFactor(List<SessionOutcome> history) {
        this(history, List.of());
    }

    HistoryFactor(List<SessionOutcome> history, List<SessionReaction> reactions) {
        for (SessionReaction reaction : reactions) {
            if (reaction.serious()) {
                seriousReactions.merge(reaction.technique(), 1, Integer::sum);
            }
        }
        for (Technique technique : Technique.values()) {
            List<SessionOutcome> own = history.stream().filter(s -> s.technique() == technique).toList();
            if (!own.isEmpty()) {
                tallies.put(technique, new Tally(own.size(),
                        own.stream().mapToInt(SessionOutcome::painBefore).average().orElseThrow(),
                        own.stream().mapToInt(SessionOutcome::painAfter).average().orElseThrow()));
            }
        }
        Technique top = null;
        for (Map.Entry<Technique, Tally> entry : tallies.entrySet()) {
            if (entry.getValue().drop() > 0 && (top == null || entry.getValue().drop() > tallies.get(top).drop())) {
                top = entry.getKey();
            }
        }
        best = Optional.ofNullable(top);
    }

    Factor of(Technique technique) {
        Factor own = fromPain(technique);
        int serious = seriousReactions.getOrDefault(technique, 0);
        if (serious == 0) {
            return own;
        }
        boolean hadSessions = tallies.containsKey(technique);
        String clinical = (hadSessions ? own.clinicalText() + "; " : "") + serious
                + " moderate or severe reaction(s) reported after it, counted against it (massage should not cause "
                + "bruising [S44]; adverse events [S36][S21])";
        String plain = (hadSessions ? own.plainText() + " " : "") + "You had "
                + (serious == 1 ? "a reaction" : serious + " reactions")
                + " after it that got in the way of your day, so it is ranked lower.";
        List<String> sources = new java.util.ArrayList<>(hadSessions ? own.sources() : List.of());
        for (String tag : Cited.tags("S44 S36 S21")) {
            if (!sources.contains(tag)) {
                sources.add(tag);
            }
        }
        return new Factor(Factor.HISTORY, Math.min(hadSessions ? own.contribution() : 0, 0) + SERIOUS_REACTION_PENALTY, clinical,
                plain, sources);
    }

    private Factor fromPain(Technique technique) {
        if (tallies.isEmpty()) {
            return new Factor(Factor.HISTORY, 0, "No sessions yet; once pre/post pain (NPRS 0-10) is recorded, the "
                    + "technique with the largest mean drop gets a bonus (MCID 2 points or 30% [S72][S75])",
                    "No sessions yet, so your own results do not count yet.", Cited.tags("S72 S75"));
        }
        Tally tally = tallies.get(technique);
        if (tally == null) {
            return new Factor(Factor.HISTORY, 0, "No sessions of this technique yet; no pre/post NPRS data [S72]",
                    "You have not had this one yet.", Cited.tags("S72"));
        }
        boolean isBest = best.filter(technique::equals).isPresent();
        double contribution = isBest ? BEST_BONUS : tally.drop() < 0 ? WORSE_PENALTY : 0;
        String clinical = tally.sessions() + " session(s): mean NPRS " + Words.number(tally.before()) + " -> "
                + Words.number(tally.after()) + ", drop " + Words.number(tally.drop()) + " points"
                + (tally.meaningful() ? ", at or above" : ", below") + " the MCID of 2 points or 30% [S72][S75]"
                + (isBest ? "; the largest drop of any technique for this patient" : "")
                + (tally.drop() < 0 ? "; pain rose on average (transient increases are reported [S30])" : "")
                + "; per-session change is short-term [S21]";
        String plain = "In your " + tally.sessions() + (tally.sessions() == 1 ? " session" : " sessions")
                + " of this, your pain went from " + Words.number(tally.before()) + " to "
                + Words.number(tally.after()) + " out of 10 on average"
                + (isBest ? ": the biggest drop of any massage you have had." : ".");
        List<String> sources = tally.drop() < 0 ? Cited.tags("S72 S75 S30 S21") : Cited.tags("S72 S75 S21");
        return new Factor(Factor.HISTORY, contribution, clinical, plain, sources);
    }
}
