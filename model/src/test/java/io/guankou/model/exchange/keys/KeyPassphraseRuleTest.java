package io.guankou.model.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.keys.KeyPassphraseRule.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyPassphraseRuleTest {

    @Test
    void nothingTypedIsNoPassphraseAndAllowed() {
        assertThat(KeyPassphraseRule.check("", "")).isEmpty();
        assertThat(KeyPassphraseRule.check(null, null)).isEmpty();
        assertThat(KeyPassphraseRule.none("")).isTrue();
        assertThat(KeyPassphraseRule.none("平安镇口令2026")).isFalse();
    }

    @Test
    void eightCharactersAreEnoughSevenAreNot() {
        assertThat(KeyPassphraseRule.check("1234567", "1234567")).isEqualTo(Optional.of(Problem.TOO_SHORT));
        assertThat(KeyPassphraseRule.check("12345678", "12345678")).isEmpty();
        // characters, not bytes: eight Chinese characters are 24 bytes of UTF-8 and just enough
        assertThat(KeyPassphraseRule.check("平安镇卫生院口令", "平安镇卫生院口令")).isEmpty();
        assertThat(KeyPassphraseRule.check("平安镇卫生院口", null)).isEqualTo(Optional.of(Problem.TOO_SHORT));
    }

    @Test
    void theSecondTypingMustBeTheSame() {
        assertThat(KeyPassphraseRule.check("a long passphrase", "a long passphrasE"))
                .isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(KeyPassphraseRule.check("a long passphrase", "a long passphrase ")).isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(KeyPassphraseRule.check("", "typed only the second time")).isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(KeyPassphraseRule.check("from a variable", null)).as("not asked twice").isEmpty();
    }
}
