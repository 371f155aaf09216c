package io.guankou.model.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.exchange.keys.PassphraseRule.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassphraseRuleTest {

    static final PassphraseRule KEYS = PassphraseRule.KEY_FOLDER;
    static final PassphraseRule PACKAGE = PassphraseRule.PACKAGE;

    @Test
    void aKeyFolderMayHaveNoPassphraseAPackageMayNot() {
        assertThat(KEYS.check("", "")).isEmpty();
        assertThat(KEYS.check(null, null)).isEmpty();
        assertThat(PACKAGE.check("", "")).isEqualTo(Optional.of(Problem.MISSING));
        assertThat(PACKAGE.check(null, null)).isEqualTo(Optional.of(Problem.MISSING));
        assertThat(PassphraseRule.none("")).isTrue();
        assertThat(PassphraseRule.none("平安镇口令2026")).isFalse();
    }

    @Test
    void eightCharactersForKeysTenForAPackage() {
        assertThat(KEYS.minLength()).isEqualTo(8);
        assertThat(PACKAGE.minLength()).isEqualTo(10);
        assertThat(KEYS.check("1234567", "1234567")).isEqualTo(Optional.of(Problem.TOO_SHORT));
        assertThat(KEYS.check("12345678", "12345678")).isEmpty();
        assertThat(PACKAGE.check("12345678", "12345678")).isEqualTo(Optional.of(Problem.TOO_SHORT));
        assertThat(PACKAGE.check("123456789", null)).isEqualTo(Optional.of(Problem.TOO_SHORT));
        assertThat(PACKAGE.check("1234567890", null)).isEmpty();
        // characters, not bytes: eight Chinese characters are 24 bytes of UTF-8 and just enough for keys
        assertThat(KEYS.check("平安镇卫生院口令", "平安镇卫生院口令")).isEmpty();
        assertThat(KEYS.check("平安镇卫生院口", null)).isEqualTo(Optional.of(Problem.TOO_SHORT));
    }

    @Test
    void theSecondTypingMustBeTheSame() {
        assertThat(KEYS.check("a long passphrase", "a long passphrasE")).isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(PACKAGE.check("a long passphrase", "a long passphrase ")).isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(KEYS.check("", "typed only the second time")).isEqualTo(Optional.of(Problem.DIFFERENT));
        assertThat(KEYS.check("from a variable", null)).as("not asked twice").isEmpty();
    }
}
