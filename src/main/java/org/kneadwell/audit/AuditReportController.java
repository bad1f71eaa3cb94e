package org.kneadwell.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.kneadwell.shared.Actor;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PatientNames;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin's audit report and its CSV export. Looking at the audit log is itself audited. The principal is
 * taken as an {@link Actor} (identity's signed-in user implements it), so this module needs only {@code shared}.
 */
@Controller
class AuditReportController {

    /** Events on one page of the report. */
    static final int PAGE_LIMIT = 50;

    private final AuditReport report;
    private final AuditVerifier verifier;
    private final AuditTrail auditTrail;
    private final ClinicSettings settings;
    private final Clock clock;
    private final PatientNames patientNames;

    AuditReportController(AuditReport report, AuditVerifier verifier, AuditTrail auditTrail, ClinicSettings settings,
            Clock clock, PatientNames patientNames) {
        this.patientNames = patientNames;
        this.report = report;
        this.verifier = verifier;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    @RouteAccess(Audience.ADMIN)
    String page(@ModelAttribute("filter") ReportFilter filter, @AuthenticationPrincipal Actor admin, Model model) {
        ParsedFilter parsed = parse(filter, admin);
        if (parsed.valid()) {
            int number = ParsedFilter.pageNumber(filter);
            auditTrail.read(admin, "audit.report.viewed", parsed.criteria().patientId(), "audit-report", null);
            model.addAttribute("page", report.find(parsed.criteria(), PAGE_LIMIT, number));
        }
        return view(parsed, model);
    }

    /** Every matching event as a CSV download; with a filter it cannot read, the page with the messages instead. */
    @GetMapping("/admin/audit.csv")
    @RouteAccess(Audience.ADMIN)
    ModelAndView csv(@ModelAttribute("filter") ReportFilter filter, @AuthenticationPrincipal Actor admin,
            Model model, HttpServletResponse response) throws IOException {
        ParsedFilter parsed = parse(filter, admin);
        if (!parsed.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView(view(parsed, model), model.asMap());
        }
        auditTrail.read(admin, "audit.report.exported", parsed.criteria().patientId(), "audit-report", null);
        String name = "audit-" + DateTimeFormatter.BASIC_ISO_DATE.format(settings.today(clock)) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        report.exportCsv(parsed.criteria(), response.getWriter());
        response.flushBuffer();
        return null;
    }

    /** A patient given by name is looked up with the admin's own patient search (admins may search everyone). */
    private ParsedFilter parse(ReportFilter filter, Actor admin) {
        return report.parse(filter, name -> patientNames.idsMatching(admin, name));
    }

    private String view(ParsedFilter parsed, Model model) {
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("verification", verifier.verifyFully());
        model.addAttribute("pageLimit", PAGE_LIMIT);
        model.addAttribute("zone", settings.zone().getId());
        return "audit/report";
    }
}
