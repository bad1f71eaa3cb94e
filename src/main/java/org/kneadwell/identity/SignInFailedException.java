package org.kneadwell.identity;

import org.springframework.security.authentication.BadCredentialsException;

/** The one answer to every failed sign-in; its message is a message key, never a detail. */
public class SignInFailedException extends BadCredentialsException {

    public SignInFailedException() {
        super("signin.failed");
    }
}
