package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;

/**
 * The nine STarT Back answers: items 1–8 agree or disagree, item 9 bothersomeness. Keele's copyright
 * statement must be shown wherever the items are (clinical-reference §9) [S90].
 *
 * @param agree          items 1–8 in Keele's order, {@code true} for agree
 * @param bothersomeness item 9
 */
public record StartBackAnswers(List<Boolean> agree, Bothersomeness bothersomeness) {

    /** Items 1–8. */
    public static final int AGREE_ITEMS = 8;

    public StartBackAnswers {
        Objects.requireNonNull(agree, "agree");
        if (agree.size() != AGREE_ITEMS) {
            throw new IllegalArgumentException("STarT Back has 8 agree/disagree items, not " + agree.size());
        }
        agree = List.copyOf(agree); // refuses null answers
        Objects.requireNonNull(bothersomeness, "bothersomeness");
    }

    /** Items 1–9 summed; items 5–9 (Keele numbering, not the renumbered 1, 4, 7, 8, 9) form the subscale [S91][S92]. */
    public StartBackScore score() {
        int psychosocial = bothersomeness.score();
        int total = bothersomeness.score();
        for (int item = 1; item <= AGREE_ITEMS; item++) {
            int point = agree.get(item - 1) ? 1 : 0;
            total += point;
            if (item >= 5) {
                psychosocial += point;
            }
        }
        return StartBackScore.of(total, psychosocial);
    }
}
