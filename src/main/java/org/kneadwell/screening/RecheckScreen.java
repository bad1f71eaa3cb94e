package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.shared.BodyRegion;

/**
 * How a re-check's answers become a new screen under screening contract §5 (pure, no Spring): the latest screen's
 * answers, with the re-checked red flags answered afresh, the pain now, and new conditions and medicines added. The
 * engine then screens that input like any other, so a red flag holds massage (§2.1, §5.1) and a new condition such
 * as a blood thinner tightens at once (§5.3); nothing here loosens anything, because §5 keeps holds and clearance
 * needs until a clinician decides whatever a later screen says.
 */
final class RecheckScreen {

    /**
     * The re-check's red-flag questions: the cauda equina signs RF1–RF5 and RF7 (emergency) and RF8 (fever or feeling
     * unwell: urgent) of contract §1, the ones that can appear between two sessions and stop one [S3][S7][S8][S9].
     */
    static final Set<RedFlag> QUESTIONS = EnumSet.of(RedFlag.RF1, RedFlag.RF2, RedFlag.RF3, RedFlag.RF4, RedFlag.RF5,
            RedFlag.RF7, RedFlag.RF8);

    /** The re-check's answers, read and checked. */
    record Answers(int painNow, Set<RedFlag> yes, List<ConditionEntry> newConditions) {
        Answers {
            if (!QUESTIONS.containsAll(yes)) {
                throw new IllegalArgumentException("Only the re-check's red flags: " + yes);
            }
            yes = Set.copyOf(yes);
            newConditions = List.copyOf(newConditions);
        }
    }

    private RecheckScreen() {
    }

    /**
     * The new screen's input. The re-checked flags replace the latest screen's answers to the same questions (they
     * are asked again now); every other red flag, the conditions, causes, age, regions and STarT Back carry over. A
     * new condition already recorded keeps its entry, with any new regions added.
     *
     * @param latest the latest screen's answers, or {@code null} when the patient has none (no intake yet): then only
     *               the re-check's own answers are screened
     */
    static ScreeningInput rescreen(ScreeningInput latest, Answers answers) {
        ScreeningInput base = latest != null ? latest : ScreeningInput.ofWeeks(0);
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        flags.addAll(base.redFlags());
        flags.removeAll(QUESTIONS);
        flags.addAll(answers.yes());
        Map<ConditionCode, ConditionEntry> conditions = new LinkedHashMap<>();
        base.conditions().forEach(c -> conditions.put(c.code(), c));
        for (ConditionEntry added : answers.newConditions()) {
            conditions.merge(added.code(), added, RecheckScreen::widen);
        }
        return new ScreeningInput(base.ageYears(), base.painDurationWeeks(), answers.painNow(), base.painRegions(),
                base.causes(), base.treatmentRegions(), flags, new ArrayList<>(conditions.values()), base.startBack());
    }

    /**
     * Whether the new screen says anything the latest did not: a red flag or a condition (or a condition's region)
     * that was not there, or a more urgent triage (RF17 with pain now at 8 or more). Only then is it stored; a clean
     * re-check stores nothing and changes nothing about safety.
     */
    static boolean raisesSomething(ScreeningInput latest, ScreeningResult latestResult, ScreeningInput next,
            ScreeningResult nextResult) {
        if (latest == null || latestResult == null) {
            return nextResult.triage().massageOnHold();
        }
        if (!latest.redFlags().containsAll(next.redFlags())) {
            return true;
        }
        Map<ConditionCode, ConditionEntry> before = new LinkedHashMap<>();
        latest.conditions().forEach(c -> before.put(c.code(), c));
        for (ConditionEntry c : next.conditions()) {
            ConditionEntry was = before.get(c.code());
            if (was == null || !was.equals(c)) {
                return true;
            }
        }
        return nextResult.triage().tier().ordinal() < latestResult.triage().tier().ordinal();
    }

    /** The same condition reported again: its regions widen, its flags only tighten; weeks are the latest answer. */
    private static ConditionEntry widen(ConditionEntry was, ConditionEntry now) {
        Set<BodyRegion> regions = new HashSet<>(was.regions());
        regions.addAll(now.regions());
        return new ConditionEntry(was.code(), regions, now.weeks() != null ? now.weeks() : was.weeks(),
                was.highRisk() || now.highRisk(), was.contagious() || now.contagious());
    }
}
