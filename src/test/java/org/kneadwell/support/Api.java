package org.kneadwell.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kneadwell.identity.Totp;

/** A bearer-token client for the JSON API of an application under test. */
public final class Api {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token for a demo account; clinicians and admins get a fresh TOTP code (waiting a step if needed). */
    public String token(String email, Totp totp) {
        String code = Demo.needsTotp(email) ? TotpCodes.current(totp) : null;
        HttpResponse<String> response = requestToken(email, Demo.PASSWORD, code);
        if (response.statusCode() == 401 && code != null) {
            TotpCodes.waitForNextStep();
            response = requestToken(email, Demo.PASSWORD, TotpCodes.current(totp));
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + email + ": " + response.statusCode() + " " + response.body());
        }
        return tokenIn(response.body());
    }

    public HttpResponse<String> requestToken(String username, String password, String totp) {
        if (totp != null) {
            TotpCodes.sent(username);
        }
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}";
        return send("POST", "/api/v1/auth/token", null, body);
    }

    public static String tokenIn(String json) {
        Matcher m = TOKEN.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + json);
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> send(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
