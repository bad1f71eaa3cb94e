package org.kneadwell.audit;

import java.util.List;

/** The newest events that match, at most the page's limit; {@code more} says whether older ones were left out. */
record ReportPage(List<ReportRow> rows, boolean more) {
}
