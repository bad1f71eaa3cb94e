package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.audit.Verification.Problem;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the report template on its own, with a stand-in for the application's layout (which lives in the
 * web module), to check that every expression evaluates and every message key exists.
 */
class ReportTemplateTest {

    private static final String LAYOUT = """
            <html xmlns:th="http://www.thymeleaf.org" th:fragment="page(title, main)">
            <head><title th:replace="${title}">t</title></head><body><main th:replace="${main}">m</main></body></html>
            """;

    private final SpringTemplateEngine engine = engine();

    @Test
    void rendersEventsAndAnIntactChain() {
        ReportRow row = new ReportRow(ZonedDateTime.of(2026, 3, 2, 17, 5, 0, 0, ZoneId.of("Europe/Berlin")),
                UUID.randomUUID(), "Tess <b>Therapist</b>", "tess@clinic.example", "THERAPIST", "patient.read",
                UUID.randomUUID(), "Pat O'Brien", "patient", "abc", "192.0.2.7", "SUCCESS", null);
        String html = render(new ReportFilter("2026-03-01", null, null, null, null), Map.of(),
                Verification.intact(12, 1, Duration.ofSeconds(3), 12), new ReportPage(List.of(row), true));

        assertThat(html).doesNotContain("??").doesNotContain("style=").doesNotContain("<script")
                .contains("Chain intact: 12 sealed events check out.")
                .contains("2026-03-02 17:05:00")
                .contains("Tess &lt;b&gt;Therapist&lt;/b&gt;")
                .contains("Page 1, 50 events a page, newest first.")
                .contains("Next page (older events)")
                .contains("/admin/audit?from=2026-03-01&amp;to=&amp;user=&amp;patient=&amp;page=2")
                .doesNotContain("Previous page")
                .contains("Not sealed yet")
                .contains("/admin/audit.csv?from=2026-03-01")
                .contains("<caption>")
                .contains("Opened the record")
                .doesNotContain(">patient.read<");
    }

    @Test
    void rendersFieldMessagesAndABrokenChainWithoutATable() {
        String html = render(new ReportFilter("soon", null, null, "42", null),
                Map.of("from", "audit.filter.from.invalid", "patient", "audit.filter.patient.invalid"),
                new Verification(Problem.FORGED_EVENT, 7L, 6, 0, null, 7), null);

        assertThat(html).doesNotContain("??")
                .contains("Chain broken at sequence number 7.")
                .contains("not recorded by the application")
                .contains("Enter a date as YYYY-MM-DD.")
                .contains("aria-describedby=\"from-error\"")
                .contains("is-invalid")
                .doesNotContain("<table")
                .doesNotContain("audit.csv");
    }

    private String render(ReportFilter filter, Map<String, String> errors, Verification verification,
            ReportPage page) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext, "GET", "/admin/audit"),
                        new MockHttpServletResponse()), Locale.ENGLISH);
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("errors", errors);
        model.put("verification", verification);
        model.put("pageLimit", AuditReportController.PAGE_LIMIT);
        model.put("zone", "Europe/Berlin");
        model.put("page", page);
        context.setVariables(model);
        StaticApplicationContext beans = new StaticApplicationContext();
        beans.getBeanFactory().registerSingleton("auditActions", new AuditActionWords(messages()));
        beans.refresh();
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        return engine.process("audit/report", context);
    }

    private static SpringTemplateEngine engine() {
        StringTemplateResolver layout = new StringTemplateResolver() {
            {
                setOrder(1);
                setResolvablePatterns(Set.of("layout"));
                setTemplateMode(TemplateMode.HTML);
            }

            @Override
            protected org.thymeleaf.templateresource.ITemplateResource computeTemplateResource(
                    org.thymeleaf.IEngineConfiguration configuration, String ownerTemplate, String template,
                    Map<String, Object> attributes) {
                return super.computeTemplateResource(configuration, ownerTemplate, LAYOUT, attributes);
            }
        };
        ClassLoaderTemplateResolver pages = new ClassLoaderTemplateResolver();
        pages.setOrder(2);
        pages.setPrefix("templates/");
        pages.setSuffix(".html");
        pages.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(layout);
        engine.addTemplateResolver(pages);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/audit", "i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
