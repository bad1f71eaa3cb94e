package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The prefix-checked request mapping finds the same handler as Spring's own for every kind of path, and the same
 * refusal where there is none (the whole application's routes are called through it by {@code RouteSweepTest}).
 */
class PrefixCheckedHandlerMappingTest {

    @RestController
    @RequestMapping("/api/v1/patients")
    static class Patients {
        @GetMapping("/{id}")
        String one(@PathVariable String id) {
            return id;
        }

        @GetMapping("/{id}/appointments")
        String appointments(@PathVariable String id) {
            return id;
        }

        @GetMapping("/search")
        String search() {
            return "";
        }

        @PostMapping(path = "/{id}/diary", consumes = MediaType.APPLICATION_JSON_VALUE)
        String diary(@PathVariable String id) {
            return id;
        }
    }

    @RestController
    static class Pages {
        @GetMapping({ "/patients/{id}", "/chart/{id}" })
        String chart(@PathVariable String id) {
            return id;
        }

        @GetMapping("/files/**")
        String files() {
            return "";
        }

        @GetMapping("/p?ge")
        String page() {
            return "";
        }

        @GetMapping("/")
        String home() {
            return "";
        }
    }

    private final RequestMappingHandlerMapping spring = mapping(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping checked = mapping(new PrefixCheckedHandlerMapping());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/v1/patients/6f1c2b9e-0000-4000-8000-000000000001",
            "GET, /api/v1/patients/abc/appointments",
            "GET, /api/v1/patients/search",
            "POST, /api/v1/patients/abc/diary",
            "GET, /patients/abc",
            "GET, /chart/abc",
            "GET, /files/a/b/c.txt",
            "GET, /page",
            "GET, /",
            "GET, /api/v1/pati%65nts/abc",
            "GET, /api/v1/patients/abc;jsessionid=1",
            "GET, /api/v1/patients/abc%2Fappointments" })
    void findsTheSameHandlerAsSpring(String method, String path) throws Exception {
        assertThat(handler(checked, method, path)).isEqualTo(handler(spring, method, path)).isNotNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "GET, /api/v1/nothing/here", "GET, /api/v1/patients", "GET, /api/v1/patients/abc/", "GET, /chartx/abc",
            "DELETE, /api/v1/patients/abc", "GET, /api/v1/patients/abc/diary" })
    void refusesWhatSpringRefuses(String method, String path) {
        assertThat(outcome(checked, method, path)).isEqualTo(outcome(spring, method, path));
    }

    @Test
    void aPathOnlySpringDecodesIsCheckedInFull() {
        assertThat(PrefixCheckedHandlerMapping.asWritten("/api/v1/patients/abc")).isTrue();
        assertThat(PrefixCheckedHandlerMapping.asWritten("/api/v1/pati%65nts/abc")).isFalse();
        assertThat(PrefixCheckedHandlerMapping.asWritten("/api/v1/patients/abc;x=1")).isFalse();
    }

    @Test
    void theLiteralBeginningEndsAtTheFirstVariableOrWildcard() {
        assertThat(List.of("/api/v1/patients/{id}", "/files/**", "/p?ge", "/", "/a/{*rest}").stream()
                .map(PrefixCheckedHandlerMapping::literalBeginning))
                .containsExactly("/api/v1/patients/", "/files/", "/p", "/", "/a/");
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("patients", Patients.class);
        context.registerSingleton("pages", Pages.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static String handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request(method, path));
        return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String method, String path) {
        try {
            return "handler " + handler(mapping, method, path);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
