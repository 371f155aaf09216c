package io.guankou.desktop.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Language;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.model.exchange.PackageRefused;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every refusal says, in both languages, what happened and what to do; sizes and failures read as people say them. */
class ExchangeMessagesTest {

    @Test
    void everyRefusalHasItsOwnSentenceInBothLanguagesThatSaysNothingWasImported() {
        for (Language language : Language.values()) {
            Messages msg = Messages.of(language);
            Set<String> seen = new HashSet<>();
            for (PackageRefused.Reason reason : PackageRefused.Reason.values()) {
                String text = msg.describe(new PackageRefused(reason, "detail for the log"));
                assertThat(text).as("%s %s", language, reason).isEqualTo(msg.label(reason))
                        .doesNotContain("detail for the log");
                assertThat(text).contains(language == Language.ZH ? "未导入任何数据" : "nothing was imported");
                // and a second sentence: what to do
                assertThat(text.split(language == Language.ZH ? "。" : "\\. ")).hasSizeGreaterThanOrEqualTo(2);
                assertThat(seen.add(text)).as("one sentence per reason").isTrue();
            }
        }
        assertThat(Messages.of(Language.ZH).label(PackageRefused.Reason.BAD_SIGNATURE))
                .startsWith("数据包已损坏或被篡改，未导入任何数据。");
    }

    @Test
    void aRefusalIsDescribedByItsReasonWherEverItIsShown() {
        assertThat(Failures.msg(new PackageRefused(PackageRefused.Reason.REPLAYED, "seq 2 < 5")))
                .isEqualTo(Msg.of("enum.PackageRefused.Reason.REPLAYED"));
        assertThat(ExchangeFailures.msg(new NoSuchFileException("/media/wang/KINGSTON/x.gkpkg")))
                .isEqualTo(Msg.of("exchange.error.noSuchFile", "/media/wang/KINGSTON/x.gkpkg"));
        assertThat(ExchangeFailures.msg(new java.io.EOFException()))
                .isEqualTo(Msg.of("exchange.error.io", "EOFException"));
    }

    @Test
    void sizesAreBytesThenKilobytesThenMegabytesWithOneDecimal() {
        Messages zh = Messages.of(Language.ZH);
        assertThat(zh.text(ByteSize.of(812))).isEqualTo("812 字节");
        assertThat(zh.text(ByteSize.of(48_213))).isEqualTo("47 KB");
        assertThat(zh.text(ByteSize.of(3_565_158))).isEqualTo("3.4 MB");
        assertThat(Messages.of(Language.EN).text(ByteSize.of(1024L * 1024 * 1024))).isEqualTo("1,024 MB");
    }
}
