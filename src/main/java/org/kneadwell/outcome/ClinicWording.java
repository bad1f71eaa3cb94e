package org.kneadwell.outcome;

import java.util.List;

/**
 * The wording of a licensed instrument as the clinic supplies it ({@code <id>.json} in the clinic's instrument
 * folder): its licence statement, instructions, the words of the shared answer options, and each item's text (and
 * its own option words, such as ODI's six statements per section). Item ids must match the definition's.
 */
record ClinicWording(String id, String licence, String instructions, List<String> optionLabels,
        List<WordedItem> items) {

    ClinicWording {
        optionLabels = optionLabels == null ? List.of() : List.copyOf(optionLabels);
        items = items == null ? List.of() : List.copyOf(items);
    }

    record WordedItem(String id, String text, List<String> options, String lowLabel, String highLabel) {

        WordedItem {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }
}
