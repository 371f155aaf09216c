package io.guankou.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.person.Tier;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.persistence.DatabaseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MsgTest {

    final Messages zh = Messages.of(Language.ZH);
    final Messages en = Messages.of(Language.EN);

    @Test
    void enumListAndNestedArgumentsAreWordedInTheLanguage() {
        Msg warning = Msg.of("contact.referralWarning",
                List.of(ReferralTrigger.LOW_SPO2, ReferralTrigger.BREATHING_DIFFICULTY));
        assertThat(zh.text(warning)).isEqualTo(zh.format("contact.referralWarning",
                zh.label(ReferralTrigger.LOW_SPO2) + "、" + zh.label(ReferralTrigger.BREATHING_DIFFICULTY)));
        assertThat(en.text(warning)).contains(en.label(ReferralTrigger.LOW_SPO2) + ", ");
        Msg failed = Msg.of("contact.saveFailed", Failures.msg(new DatabaseException(
                DatabaseException.Reason.CLOSED, "ledger.db", "closed")));
        assertThat(zh.text(failed)).isEqualTo("保存失败：" + zh.format("db.error.CLOSED", "ledger.db"));
        assertThat(zh.text(Msg.label(Tier.RED))).isEqualTo("红");
        assertThat(zh.text(null)).isEmpty();
    }

    @Test
    void aFailureThatIsNotTheDatabasesNamesOnlyItsKind() {
        Msg m = Failures.msg(new IllegalStateException("王小明 110101194910012213"));
        assertThat(m.key()).isEqualTo("error.unexpected");
        assertThat(en.text(m)).contains("IllegalStateException").doesNotContain("王小明").doesNotContain("1101");
    }
}
