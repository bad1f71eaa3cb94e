package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.problemWith("a long walk by the river")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.problemWith("elevenchars")).contains("password.tooShort");
        assertThat(policy.problemWith(null)).contains("password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problemWith("ñandú-ñandú!")).isEmpty();
    }

    @Test
    void refusesMoreThan72BytesOfUtf8() {
        assertThat(policy.problemWith("unusual-" + "x".repeat(64))).isEmpty();
        assertThat(policy.problemWith("unusual-" + "x".repeat(65))).contains("password.tooLong");
        assertThat(policy.problemWith("ñ".repeat(36))).isEmpty();
        assertThat(policy.problemWith("ñ".repeat(37))).contains("password.tooLong");
        assertThat(policy.problemWith("correct horse battery staple ".repeat(4))).contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = { "123qweasdzxc", "1QAZ2WSX3EDC", "password1234" })
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertThat(policy.problemWith(common)).contains("password.common");
    }
}
