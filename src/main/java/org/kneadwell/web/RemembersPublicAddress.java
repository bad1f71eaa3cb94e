package org.kneadwell.web;

import java.io.IOException;

import org.kneadwell.shared.PublicAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells {@link PublicAddress} where signed-in people reach the app, so links in background e-mails (reminders)
 * work there when no base URL is configured. Runs after the security filters; anonymous requests do not count,
 * so a stranger's Host header cannot change the address in other people's e-mails.
 */
@Component
class RemembersPublicAddress extends OncePerRequestFilter {

    private final PublicAddress address;

    RemembersPublicAddress(PublicAddress address) {
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            address.reachedAt(request);
        }
        chain.doFilter(request, response);
    }
}
