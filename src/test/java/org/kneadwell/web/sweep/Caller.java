package org.kneadwell.web.sweep;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Someone who calls the routes: a signed-in page session and an API token for one account (or nobody, for the
 * anonymous caller), together with the patient whose record is their own or their care team's.
 */
public final class Caller {

    /** What a call answered. */
    public record Answer(int status, String body, String location) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** A page that sends its caller on within the application, not back to sign in. */
        public boolean movedOnWithin() {
            return status >= 300 && status < 400 && !location.contains("/login");
        }
    }

    private final String name;
    private final Audience audience;
    private final long accountId;
    private final UUID ownPatient;
    private final Browserless page;
    private final int port;
    private final Api api;
    private String token;

    Caller(String name, Audience audience, long accountId, UUID ownPatient, Browserless page, int port) {
        this.name = name;
        this.audience = audience;
        this.accountId = accountId;
        this.ownPatient = ownPatient;
        this.page = page;
        this.port = port;
        this.api = new Api(port);
    }

    static Caller anonymous(int port) {
        return new Caller("anonymous", Audience.PUBLIC, -1, null, null, port);
    }

    public boolean isAnonymous() {
        return page == null;
    }

    public Audience audience() {
        return audience;
    }

    public long accountId() {
        return accountId;
    }

    /** The patient this caller is, or treats; null for the admin and the anonymous caller. */
    public UUID ownPatient() {
        return ownPatient;
    }

    void useToken(String fresh) {
        this.token = fresh;
    }

    public Answer call(Route route, String path) {
        return call(new Request(route, path, null));
    }

    /** Sends the request as this caller: a JSON API call with their token, or a page with their session. */
    public Answer call(Request request) {
        Route route = request.route();
        String body = request.body() != null ? request.body() : apiBody(route);
        HttpResponse<String> response = route.isApi() ? api.send(route.method().name(), request.path(), token, body)
                : page(route.method(), request.path());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(""));
    }

    private static String apiBody(Route route) {
        return route.method() == RequestMethod.GET || route.method() == RequestMethod.DELETE ? null : "{}";
    }

    private HttpResponse<String> page(RequestMethod method, String path) {
        Browserless session = page == null ? new Browserless(port) : page;
        return switch (method) {
            case GET -> session.get(path);
            case POST -> session.post(path, Map.of());
            default -> throw new IllegalStateException("Add " + method + " page calls to the sweep's Caller");
        };
    }

    @Override
    public String toString() {
        return name + " (" + audience + ")";
    }
}
