package org.kneadwell.shared;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the clinic's app is reached from outside: the start of every link that leaves it (invitations, alert
 * e-mails, reminders, calendar feeds). {@code KNEADWELL_BASE_URL} wins when set. Without it, a link made while
 * answering a request uses the address that request reached the app at (scheme, host, port and context path as
 * the servlet container sees them, so behind a proxy either set the base URL or let the container trust the
 * proxy's forwarded headers). A background job has no request: it uses the address a signed-in person last
 * reached the app at since it started, and before anyone has, {@code http://localhost:<port>}.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;
    private final AtomicReference<Reached> lastReached = new AtomicReference<>();

    /** Where a request reached the app, and the address made of it (made again only when these change). */
    private record Reached(String scheme, String host, int port, String contextPath, String address) {

        boolean sameAs(HttpServletRequest request) {
            return port == request.getServerPort() && host.equals(request.getServerName())
                    && scheme.equals(request.getScheme()) && contextPath.equals(request.getContextPath());
        }
    }

    PublicAddress(@Value("${kneadwell.base-url:}") String configured, Environment environment) {
        this.configured = configured == null ? "" : withoutTrailingSlash(configured.strip());
        this.environment = environment;
    }

    /** The address for a link made now: configured, else the current request's, else as for background jobs. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request = currentRequest();
        return request != null ? addressOf(request) : forBackgroundJobs();
    }

    /** The address for a link made without a request: configured, else where the app was last reached. */
    public String forBackgroundJobs() {
        if (!configured.isEmpty()) {
            return configured;
        }
        Reached reached = lastReached.get();
        if (reached != null) {
            return reached.address();
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }

    /** Remembers where a signed-in person reached the app, for background jobs. */
    public void reachedAt(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return;
        }
        Reached last = lastReached.get();
        if (last == null || !last.sameAs(request)) {
            lastReached.set(new Reached(request.getScheme(), request.getServerName(), request.getServerPort(),
                    request.getContextPath(), addressOf(request)));
        }
    }

    static String addressOf(HttpServletRequest request) {
        return withoutTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null)
                .fragment(null).build().toUriString());
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static String withoutTrailingSlash(String address) {
        return address.replaceAll("/+$", "");
    }
}
