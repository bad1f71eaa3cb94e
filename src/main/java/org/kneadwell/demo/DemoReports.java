package org.kneadwell.demo;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.report.Reports;
import org.springframework.stereotype.Component;

/**
 * The progress report in the demo (issue 13 item 2): Maya Chen has sent Jordan Ellis's report of today to his
 * supervising clinician, Dr Priya Shah, who finds it in a new care-team thread with the PDF attached.
 */
@Component
class DemoReports {

    private final Reports reports;

    DemoReports(Reports reports) {
        this.reports = reports;
    }

    void seed(CurrentUser maya, UUID jordan) {
        reports.sendToClinician(maya, jordan);
    }
}
