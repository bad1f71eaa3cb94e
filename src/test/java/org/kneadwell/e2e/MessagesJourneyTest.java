package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Issue 13: the demo patient starts a conversation from the home page (a refused send keeps what was typed; markup
 * stays text), Maya Chen finds it through the chart, acknowledges the urgent alert pinned above Jordan's messages and
 * answers, and Jordan sees the answer with the unread count on his home page. Screenshots at 1280 and 390 px.
 */
@TestPropertySource(properties = "kneadwell.test.database=messages-journey")
class MessagesJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Alerts alerts;

    @Test
    void theDemoPatientStartsAThreadTheTherapistAnswersAndThePatientSeesTheAnswer() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
        long maya = jdbc.sql("select id from account where email = ?").param(Demo.THERAPIST).query(Long.class).single();
        UUID urgent = alerts.raise(maya, jordan, Severity.WARNING, "Jordan Ellis reported a red-flag symptom in the "
                + "pain diary. Please contact them today.", "/patients/" + jordan + "#outcomes", true);

        BrowserContext patientContext = browser.newContext(baseUrl());
        Page patient = BrowserSteps.signIn(patientContext, Demo.PATIENT);
        assertThat(patient.locator("#home-unread")).hasText("You have 2 unread messages.");
        patient.locator("#my-messages a").click();
        assertThat(patient.locator("h1")).hasText("Your messages");
        assertThat(patient.locator("#thread-list .thread-unread")).hasCount(2);

        patient.getByLabel("Subject").fill("Sore after gardening");
        patient.locator("#new-thread-form button[type=submit]").click();
        assertThat(patient.locator(".error-summary")).containsText("Write a message.");
        assertThat(patient.getByLabel("Subject")).hasValue("Sore after gardening");
        patient.getByLabel("Message").fill("My lower back is sore after a weekend of gardening. <b>Should</b> I still "
                + "come on Tuesday?");
        patient.locator("#new-thread-form button[type=submit]").click();
        assertThat(patient.locator("#thread-subject")).hasText("Sore after gardening");
        assertThat(patient.locator(".message-body").last()).hasText("My lower back is sore after a weekend of "
                + "gardening. <b>Should</b> I still come on Tuesday?");
        assertThat(patient.locator(".message-body b")).hasCount(0);
        assertThat(patient.locator(".message").last().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON))
                .hasText("Retract");
        shoot(patient, "messages-patient-sent");
        String mail = jdbc.sql("select body from outbox_message where recipient = ? order by id desc limit 1")
                .param(Demo.THERAPIST).query(String.class).single();
        assertThat(mail).contains("/patients/" + jordan + "/threads/").doesNotContain("gardening");

        BrowserContext staffContext = browser.newContext(baseUrl());
        Page therapist = BrowserSteps.signIn(staffContext, Demo.THERAPIST);
        assertThat(therapist.locator("#unread-messages")).containsText("Jordan Ellis: 1 unread message");
        therapist.navigate("/patients/" + jordan);
        therapist.locator("#chart-nav-messages").click();
        assertThat(therapist.locator("h1")).hasText("Messages about Jordan Ellis");
        assertThat(therapist.locator("#urgent-alerts")).containsText("red-flag symptom");
        therapist.locator("#urgent-alerts button").click();
        assertThat(therapist.locator("[role=status]").first()).containsText("Alert acknowledged");
        assertThat(therapist.locator("#urgent-alerts")).hasCount(0);
        assertThat(jdbc.sql("select count(*) from alert where public_id = ? and dismissed_at is not null")
                .param(urgent).query(Integer.class).single()).isEqualTo(1);

        therapist.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Sore after gardening")).click();
        assertThat(therapist.locator(".message-body").last()).containsText("weekend of gardening");
        therapist.locator("#reply-form textarea").fill("Thanks for telling me, Jordan. Come on Tuesday as planned: we will keep "
                + "to gentle Swedish massage on the sore side and check how it feels first.");
        therapist.locator("#reply-form button[type=submit]").click();
        assertThat(therapist).hasURL(Pattern.compile("/threads/.+#latest"));
        assertThat(therapist.locator(".message-body").last()).containsText("Come on Tuesday as planned");
        shoot(therapist, "messages-therapist-replied");

        patient.navigate("/");
        assertThat(patient.locator("#home-unread")).hasText("You have 3 unread messages.");
        patient.locator("#my-messages a").click();
        patient.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Sore after gardening")).click();
        assertThat(patient.locator(".message").last()).containsText("Maya Chen");
        assertThat(patient.locator(".message-body").last()).containsText("Come on Tuesday as planned");
        assertThat(patient.locator(".message-seen").first()).containsText("Maya Chen");
        shoot(patient, "messages-patient-answered");
        patient.navigate("/");
        assertThat(patient.locator("#home-unread")).hasText("You have 2 unread messages.");
    }

    private static void shoot(Page page, String name) {
        for (int width : new int[] { 1280, 390 }) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            BrowserSupport.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }
}
