package org.kneadwell.screening.policy;

/** STarT Back item 9, how bothersome the back pain was in the last two weeks; the top two score 1 [S90][S94]. */
public enum Bothersomeness {
    NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH, EXTREMELY;

    /** The item's score: 1 for {@code VERY_MUCH} or {@code EXTREMELY}, else 0. */
    public int score() {
        return this == VERY_MUCH || this == EXTREMELY ? 1 : 0;
    }
}
