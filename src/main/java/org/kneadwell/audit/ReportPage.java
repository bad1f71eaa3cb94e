package org.kneadwell.audit;

import java.util.List;

/**
 * One page of matching events, newest first: page {@code number} (from 1); {@code more} says whether older ones
 * follow on the next page.
 */
record ReportPage(List<ReportRow> rows, boolean more, int number) {

    ReportPage(List<ReportRow> rows, boolean more) {
        this(rows, more, 1);
    }
}
