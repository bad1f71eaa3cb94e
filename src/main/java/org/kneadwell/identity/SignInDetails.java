package org.kneadwell.identity;

import jakarta.servlet.http.HttpServletRequest;

/** What the sign-in form sends besides user name and password: the authenticator code, and where it came from. */
record SignInDetails(String totp, String sourceIp) {

    static SignInDetails from(HttpServletRequest request) {
        return new SignInDetails(request.getParameter("totp"), request.getRemoteAddr());
    }
}
