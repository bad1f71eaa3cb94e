package org.kneadwell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kneadwell.e2e.PagesByRole.DemoRole;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.web.sweep.Routes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@link EveryPageIsAccessibleAndFitsAPhoneTest} checks the pages {@link PagesByRole} lists, a list kept by hand;
 * this test reads every page route from the handler mappings (a GET that renders a template) and fails when no
 * role's list visits it, so a new page cannot skip the accessibility, phone-width and no-internal-code checks.
 */
@KneadwellTest
class EveryPageRouteIsVisitedTest {

    /** Page routes the browser test leaves out on purpose, each with the reason. */
    private static final Map<String, String> NOT_VISITED = Map.of(
            "/patients/{id}/intake", "sends the reader on to the intake's first step; every step is visited",
            "/admin/audit.csv", "a CSV file; with a filter it cannot read it shows the audit report page (visited)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRouteIsOnSomeRolesList() {
        List<String> visited = Arrays.stream(DemoRole.values()).flatMap(role -> PagesByRole.of(role).stream())
                .map(visit -> visit.path().replaceFirst("\\?.*$", "").replaceAll("\\{[A-Za-z]+}", "x")).toList();
        Set<String> missed = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!isPage(entry.getKey(), entry.getValue())) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                if (!NOT_VISITED.containsKey(pattern)
                        && visited.stream().noneMatch(path -> parsed.matches(PathContainer.parsePath(path)))) {
                    missed.add(pattern);
                }
            }
        }
        assertThat(missed).as("page routes no role's list in PagesByRole visits").isEmpty();
    }

    /** A GET of ours that renders a template (a view name or a model and view), not the API, FHIR or a file. */
    private static boolean isPage(RequestMappingInfo info, HandlerMethod method) {
        Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
        Class<?> returns = method.getReturnType().getParameterType();
        return Routes.isOurs(method) && (verbs.isEmpty() || verbs.contains(RequestMethod.GET))
                && (returns == String.class || returns == ModelAndView.class)
                && !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
    }
}
