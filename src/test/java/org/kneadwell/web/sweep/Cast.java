package org.kneadwell.web.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.ApiTokens;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people the sweep signs in: two care teams of the demo clinic that do not overlap, each with a patient who has
 * an account, a therapist and a clinician, plus the clinic admin.
 * <ul>
 * <li>Jordan's side: Jordan Ellis (the demo patient), Maya Chen and Dr Priya Shah, who are on Jordan's care team;</li>
 * <li>David's side: David Okonkwo (given an account here), Tomas Novak and Liam O'Brien, on David's care team and
 * not on Jordan's.</li>
 * </ul>
 * Pages are signed in through the sign-in form (with TOTP codes where the role needs them); API tokens are issued
 * directly, so the sweep never waits for a second TOTP step.
 */
public final class Cast {

    static final String DAVIDS_ACCOUNT = "sweep.david.okonkwo@example.org";

    private final List<Caller> everyone;
    private final Caller anonymous;
    private final AccountDirectory directory;
    private final ApiTokens tokens;

    private Cast(List<Caller> everyone, Caller anonymous, AccountDirectory directory, ApiTokens tokens) {
        this.everyone = everyone;
        this.anonymous = anonymous;
        this.directory = directory;
        this.tokens = tokens;
    }

    public static Cast signIn(int port, Totp totp, AccountAdministration administration, AccountDirectory directory,
            ApiTokens tokens, JdbcClient jdbc) {
        UUID jordan = patientNamed(jdbc, "Jordan", "Ellis");
        UUID david = patientNamed(jdbc, "David", "Okonkwo");
        giveDavidAnAccount(administration, jdbc, david);
        Map<String, UUID> ownPatient = new LinkedHashMap<>();
        List.of(Demo.PATIENT, Demo.THERAPIST, Demo.CLINICIAN).forEach(email -> ownPatient.put(email, jordan));
        List.of(DAVIDS_ACCOUNT, Demo.OTHER_THERAPIST, Demo.OTHER_CLINICIAN).forEach(email -> ownPatient.put(email, david));
        List<Caller> everyone = new ArrayList<>();
        for (String email : List.of(Demo.PATIENT, Demo.THERAPIST, Demo.CLINICIAN, Demo.ADMIN,
                DAVIDS_ACCOUNT, Demo.OTHER_THERAPIST, Demo.OTHER_CLINICIAN)) {
            AccountSummary account = directory.findByEmail(email).orElseThrow();
            everyone.add(new Caller(account.displayName(), Audience.valueOf(account.role().name()), account.id(),
                    ownPatient.get(email), signedInPage(port, email, totp), port));
        }
        Cast cast = new Cast(List.copyOf(everyone), Caller.anonymous(port), directory, tokens);
        cast.issueFreshTokens();
        return cast;
    }

    /** Every signed-in caller, Jordan's side first, the admin among them. */
    public List<Caller> signedIn() {
        return everyone;
    }

    public Caller anonymous() {
        return anonymous;
    }

    /** New API tokens for everyone (the sweep revokes its tokens when it reaches DELETE /api/v1/auth/token). */
    public void issueFreshTokens() {
        for (Caller caller : everyone) {
            caller.useToken(tokens.issue(directory.find(caller.accountId()).orElseThrow().asCurrentUser()).token());
        }
    }

    private static Browserless signedInPage(int port, String email, Totp totp) {
        Browserless page = new Browserless(port);
        if (!page.signIn(email, totp)) {
            throw new IllegalStateException("The sweep could not sign in " + email);
        }
        page.get("/"); // the CSRF token of the signed-in session, for the forms the sweep sends
        return page;
    }

    /**
     * David Okonkwo has no account in the demo; the sweep links one to his record in the table, as accepting an
     * invitation would, because the invitation's link only exists in the e-mail.
     */
    private static void giveDavidAnAccount(AccountAdministration administration, JdbcClient jdbc, UUID david) {
        AccountSummary account = administration.createDemoAccounts(
                List.of(new DemoAccount(DAVIDS_ACCOUNT, "David Okonkwo", Role.PATIENT, null)), Demo.PASSWORD).get(0);
        jdbc.sql("update patient set account_id = ? where public_id = ?").params(account.id(), david).update();
    }

    private static UUID patientNamed(JdbcClient jdbc, String given, String family) {
        return jdbc.sql("select public_id from patient where given_name = ? and family_name = ?")
                .params(given, family).query(UUID.class).single();
    }
}
