package org.kneadwell.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port with its own database (H2, or PostgreSQL under -Ppostgres) and the demo
 * clinic; its clock is the {@link TestClock} and its mail server is {@link SentMail} (the outbox sends at once).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.mail.host=mail.test.invalid", "kneadwell.mail.send-interval=PT0.2S",
                // the reminder, follow-up and due-questionnaire jobs run when a test calls them, never in the middle
                // of one (a sweep that checks "nothing changed" would see their e-mails)
                "kneadwell.jobs.first-run=PT12H",
                // many test contexts stay cached at once: each keeps a small pool that lets idle connections go, so
                // together they stay under PostgreSQL's connection limit
                "spring.datasource.hikari.maximum-pool-size=6", "spring.datasource.hikari.minimum-idle=0",
                "spring.datasource.hikari.idle-timeout=10000" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestClock.Config.class, SentMail.class })
public @interface KneadwellTest {
}
