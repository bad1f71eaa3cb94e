package org.kneadwell.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kneadwell.identity.Totp;

/**
 * A page session without a browser: keeps the session cookie, reads the CSRF token from the last page and
 * sends forms the way a browser would (Accept: text/html, no redirects followed).
 */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    public Browserless(int port) {
        this("http://localhost:" + port);
    }

    /** A session that reaches the app at another address, e.g. {@code http://127.0.0.1:port}. */
    public Browserless(String base) {
        this.base = base;
    }

    /** Signs a demo account in; true when the form redirected home. */
    public boolean signIn(String email, Totp totp) {
        return signIn(email, Demo.PASSWORD, Demo.needsTotp(email) ? TotpCodes.fresh(email, totp) : "");
    }

    public boolean signIn(String email, String password, String totp) {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("email", email, "password", password, "totp", totp));
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").replaceFirst("^" + Pattern.quote(base), "").equals("/");
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
