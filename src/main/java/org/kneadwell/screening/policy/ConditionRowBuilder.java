package org.kneadwell.screening.policy;

import java.util.List;
import java.util.function.Predicate;

/** Builds one row of {@link ConditionTable} so that the table reads like the contract's. */
final class ConditionRowBuilder {

    private final ConditionCode code;
    private final List<String> sources;
    private Predicate<ConditionEntry> when;
    private String whenText = "";
    private Clearance clearance = Clearance.NEVER;
    private boolean refer;
    private String text;

    ConditionRowBuilder(ConditionCode code, String sources) {
        this.code = code;
        this.sources = SourceTags.parse(sources);
    }

    /** Only for entries of the condition that match, e.g. {@code weeks < 13}. */
    ConditionRowBuilder when(String whenText, Predicate<ConditionEntry> when) {
        this.whenText = whenText;
        this.when = when;
        return this;
    }

    /** Clearance column "yes". */
    ConditionRowBuilder clearance() {
        this.clearance = Clearance.ALWAYS;
        return this;
    }

    /** Clearance column "if highRisk". */
    ConditionRowBuilder clearanceIfHighRisk() {
        this.clearance = Clearance.IF_HIGH_RISK;
        return this;
    }

    /** Clearance column "no: refer (see your doctor)". */
    ConditionRowBuilder refer() {
        this.refer = true;
        return this;
    }

    ConditionRowBuilder says(String text) {
        this.text = text;
        return this;
    }

    /** The five cells: Swedish, deep tissue, trigger point, myofascial release, hot stone. */
    ConditionRule cells(Effect swedish, Effect deepTissue, Effect triggerPoint, Effect myofascial, Effect hotStone) {
        return new ConditionRule(code, when, whenText, List.of(swedish, deepTissue, triggerPoint, myofascial, hotStone),
                clearance, refer, sources, text);
    }
}
