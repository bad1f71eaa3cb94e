package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;


import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Demo;
import org.kneadwell.support.SentMail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What people do in the browser, step by step, shared by the journeys. */
final class BrowserSteps {

    private BrowserSteps() {
    }

    static Page signIn(BrowserContext context, String email, String password, String totpCode) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        if (totpCode != null) {
            page.getByLabel("Authenticator code (6 digits)").fill(totpCode);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("main h1")).isVisible();
        return page;
    }

    /**
     * The success message a page shows after a redirect (not the alerts a home page lists, which are statuses too).
     */
    static Locator flash(Page page) {
        return page.locator("[role=status].alert-success");
    }

    static Page signIn(BrowserContext context, String email) {
        return signIn(context, email, Demo.PASSWORD, null);
    }

    static void registerPatient(Page staff, String given, String family, String email) {
        staff.navigate("/patients/new");
        staff.getByLabel("Given name").fill(given);
        staff.getByLabel("Family name").fill(family);
        staff.getByLabel("Date of birth").fill("1979-04-12");
        staff.getByLabel("E-mail").fill(email);
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(staff.locator("main h1")).containsText(given + " " + family);
    }

    /** Invites the patient whose chart is open, and activates the account from the e-mailed link. */
    static Page inviteAndActivate(Page staff, BrowserContext patientContext, SentMail mail, String email,
            String password) {
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to an account")).click();
        assertThat(BrowserSteps.flash(staff)).containsText("Invitation e-mailed");
        Page patient = patientContext.newPage();
        patient.navigate(mail.invitationPathTo(email));
        patient.getByLabel("New password").fill(password);
        patient.getByLabel("Repeat the password").fill(password);
        patient.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account")).click();
        patient.getByLabel("E-mail").fill(email);
        patient.getByLabel("Password").fill(password);
        patient.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(patient.locator("main h1")).containsText("Hello");
        return patient;
    }

    /**
     * Every step of the intake, from its first page; {@code yes} is the one red flag answered yes (or none) and
     * {@code medicine} the label of one medicine to tick (or none).
     */
    static void fillIntake(Page page, RedFlag yes, String medicine) {
        fillIntakeUpToRedFlags(page, yes);
        Locator onwards = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue the intake"));
        if (onwards.count() > 0) { // an emergency answer stopped on its step; the patient may still go on
            onwards.click();
        }
        fillIntakeAfterRedFlags(page, medicine);
    }

    /** The intake's first four steps, saving the red-flag step last ({@code yes} answered yes, or none). */
    static void fillIntakeUpToRedFlags(Page page, RedFlag yes) {
        page.locator("#durationAmount").fill("18");
        page.locator("#durationUnit").selectOption("months");
        page.locator("#currentIntensity").fill("6");
        page.locator("#usualIntensity").fill("4");
        next(page);
        page.locator("svg [data-region='LOWER_BACK_LEFT']").click();
        assertThat(page.locator("input[name='painRegions'][value='LOWER_BACK_LEFT']")).isChecked();
        page.locator("input[name='painRegions'][value='LOWER_BACK_RIGHT']").check();
        next(page);
        page.getByLabel("Posture (for example long hours sitting or driving)").check();
        next(page);
        for (RedFlag flag : RedFlag.values()) {
            page.locator("#" + flag.name() + "-" + (flag == yes ? "yes" : "no")).check();
        }
        next(page);
    }

    /** The red-flag step again, on its own page ({@code yes} answered yes, or none), saved. */
    static void fillIntakeUpToRedFlagsAgain(Page page, RedFlag yes) {
        for (RedFlag flag : RedFlag.values()) {
            page.locator("#" + flag.name() + "-" + (flag == yes ? "yes" : "no")).check();
        }
        next(page);
    }

    /** The intake from the conditions step on, sent at the end ({@code medicine} the label to tick, or none). */
    static void fillIntakeAfterRedFlags(Page page, String medicine) {
        if (medicine != null) {
            page.getByLabel(medicine).check();
        }
        next(page);
        page.getByLabel("Less pain").check();
        page.getByLabel("Less stress").check();
        page.getByLabel("Medium").check();
        next(page);
        for (int item = 1; item <= 8; item++) {
            page.locator("#item" + item + "-disagree").check();
        }
        page.locator("#item9-SLIGHTLY").check();
        next(page);
        page.locator("#shareWithCareTeam-yes").check();
        page.locator("#contactOwnDoctor-yes").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
    }
}
