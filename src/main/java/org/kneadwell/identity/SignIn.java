package org.kneadwell.identity;

import java.time.Clock;
import java.util.OptionalLong;

import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a user name, password and (for clinicians and admins) a TOTP code, for the sign-in form and the
 * token API alike. Every failure looks the same to the caller, whether the account exists, the password
 * or code was wrong, the account is not active, or the name is paused after too many failures.
 */
@Service
public class SignIn {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final Totp totp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String unknownAccountHash;

    SignIn(Accounts accounts, LoginThrottle throttle, PasswordEncoder passwords, Totp totp,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.totp = totp;
        this.events = events;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode("not-a-real-password-" + Hashes.randomToken());
    }

    /**
     * The signed-in user, or {@link SignInFailedException} with one message for every kind of failure. A slot of
     * the {@link LoginThrottle} is taken before the password is checked, so parallel guesses cannot outrun it.
     */
    public CurrentUser authenticate(String username, String password, String totpCode, String sourceIp) {
        if (!throttle.tryAcquire(username)) {
            Account tried = accounts.byEmail(username).orElse(null);
            events.publishEvent(new AuditEvent(clock.instant(), null, "ANONYMOUS", "login.throttled", null, "account",
                    tried == null ? null : tried.publicId().toString(), sourceIp, Outcome.DENIED));
            throw new SignInFailedException();
        }
        Account account = accounts.byEmail(username).orElse(null);
        boolean passwordMatches = passwordMatches(account, password);
        if (account == null || account.passwordHash() == null || !passwordMatches || !account.isActive()
                || !secondFactorAccepted(account, totpCode)) {
            audit(account, account == null ? "ANONYMOUS" : account.role().name(), "login.failed", sourceIp,
                    Outcome.FAILED);
            throw new SignInFailedException();
        }
        throttle.release(username);
        audit(account, account.role().name(), "login.succeeded", sourceIp, Outcome.SUCCESS);
        return account.asCurrentUser();
    }

    /** Always one hash check (against a dummy hash when there is no account), so timing does not tell. */
    private boolean passwordMatches(Account account, String password) {
        String hash = account == null || account.passwordHash() == null ? unknownAccountHash : account.passwordHash();
        if (password == null || !PasswordPolicy.fitsTheHash(password)) {
            passwords.matches("", hash); // no stored password is that long: bcrypt reads 72 bytes at most
            return false;
        }
        return passwords.matches(password, hash);
    }

    private boolean secondFactorAccepted(Account account, String code) {
        if (!account.role().requiresSecondFactor()) {
            return true;
        }
        OptionalLong step = totp.matchingStep(account.totpSecret(), code);
        return step.isPresent() && accounts.claimTotpStep(account.id(), step.getAsLong());
    }

    private void audit(Account account, String role, String action, String sourceIp, Outcome outcome) {
        events.publishEvent(new AuditEvent(clock.instant(), account == null ? null : account.publicId(), role, action,
                null, "account", account == null ? null : account.publicId().toString(), sourceIp, outcome));
    }
}
