package org.kneadwell.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links start where the app is reached: the configured base URL, else the request's address, never a fixed one. */
class PublicAddressTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "9123");

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aConfiguredBaseUrlWinsOverTheAddressOfTheRequest() {
        PublicAddress address = new PublicAddress("https://care.example.org/", environment);
        during(request("http", "10.0.0.7", 8080, ""));

        assertThat(address.base()).isEqualTo("https://care.example.org");
        assertThat(address.forBackgroundJobs()).isEqualTo("https://care.example.org");
    }

    @Test
    void withoutOneLinksUseTheSchemeHostPortAndContextPathTheRequestReachedTheAppAt() {
        PublicAddress address = new PublicAddress("", environment);
        during(request("https", "clinic.example.net", 8443, "/kneadwell"));

        assertThat(address.base()).isEqualTo("https://clinic.example.net:8443/kneadwell");
    }

    @Test
    void theDefaultPortIsLeftOut() {
        PublicAddress address = new PublicAddress("", environment);
        during(request("https", "clinic.example.net", 443, ""));

        assertThat(address.base()).isEqualTo("https://clinic.example.net");
    }

    @Test
    void backgroundJobsUseWhereASignedInPersonLastReachedTheApp() {
        PublicAddress address = new PublicAddress("", environment);
        assertThat(address.forBackgroundJobs()).as("before anyone has").isEqualTo("http://localhost:9123");

        address.reachedAt(request("https", "clinic.example.net", 443, ""));
        address.reachedAt(request("http", "192.168.1.20", 8080, ""));

        assertThat(address.forBackgroundJobs()).isEqualTo("http://192.168.1.20:8080");
        assertThat(address.base()).as("no request now: as for a background job").isEqualTo("http://192.168.1.20:8080");

        address.reachedAt(request("https", "clinic.example.net", 443, ""));
        address.reachedAt(request("https", "clinic.example.net", 443, ""));
        assertThat(address.forBackgroundJobs()).as("back at the first address").isEqualTo("https://clinic.example.net");
        address.reachedAt(request("https", "clinic.example.net", 443, "/kneadwell"));
        assertThat(address.forBackgroundJobs()).as("another context path")
                .isEqualTo("https://clinic.example.net/kneadwell");
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/anything");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        return request;
    }

    private static void during(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
