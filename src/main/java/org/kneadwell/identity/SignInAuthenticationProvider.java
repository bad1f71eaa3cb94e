package org.kneadwell.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Connects the sign-in form to {@link SignIn}. */
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    SignInAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        SignInDetails details = request.getDetails() instanceof SignInDetails d ? d : new SignInDetails(null, null);
        CurrentUser user = signIn.authenticate(request.getName(), String.valueOf(request.getCredentials()),
                details.totp(), details.sourceIp());
        UsernamePasswordAuthenticationToken result = authenticated(user);
        // Keep only where the sign-in came from: the session must not hold the authenticator code.
        result.setDetails(details.sourceIp());
        return result;
    }

    static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
