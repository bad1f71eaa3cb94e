package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditActionWordsTest {

    private final AuditActionWords words = new AuditActionWords(messages());

    @Test
    void anActionReadsAsWhatWasDone() {
        assertThat(words.of("therapist.timeOff.add")).isEqualTo("Added time off");
    }

    @Test
    void anActionWithoutWordsIsSpelledOutNotShownAsACode() {
        assertThat(words.of("account.passwordReset.request")).isEqualTo("Account: password reset request");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/audit");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }
}
