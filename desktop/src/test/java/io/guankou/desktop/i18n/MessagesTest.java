package io.guankou.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.id.IdProblem;
import io.guankou.model.person.Control;
import io.guankou.model.person.Departure;
import io.guankou.model.person.Disease;
import io.guankou.model.person.InfectionState;
import io.guankou.model.person.LivingSituation;
import io.guankou.model.person.Mobility;
import io.guankou.model.person.Sex;
import io.guankou.model.person.Vaccination;
import io.guankou.model.person.Tier;
import io.guankou.model.contact.AntigenResult;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.sheet.RowAction;
import io.guankou.model.sheet.ValueProblem;
import io.guankou.model.contact.ContactMode;
import io.guankou.model.contact.ContactProblem;
import io.guankou.model.contact.EpisodeChange;
import io.guankou.model.contact.Need;
import io.guankou.model.contact.Symptom;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.followup.Grouping;
import io.guankou.model.followup.OverdueReason;
import io.guankou.model.referral.ReferralStatus;
import io.guankou.model.referral.ReferralTrigger;
import io.guankou.model.referral.Transport;
import io.guankou.persistence.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two bundles must have the same keys, and every key the code names must exist. */
class MessagesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(Tier.class, Sex.class,
            Vaccination.class, Disease.class, Control.class, Mobility.class, LivingSituation.class,
            InfectionState.class, Departure.Reason.class, IdProblem.class, ContactMode.class, Symptom.class,
            AntigenResult.class, Need.class, EpisodeChange.class, FollowUpGroup.class, OverdueReason.class,
            Grouping.class, ReferralTrigger.class, ReferralStatus.class, Transport.class, ContactProblem.Kind.class,
            LedgerColumn.class, ValueProblem.class, RowAction.class);

    /** Literal keys start with one of the bundle's top-level sections. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|nav|placeholder|error|ledger|leave|form|history|settings|cli|enum|contact|overdue|referral|followup|export|print|import)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** File names such as "ledger.db" look like keys but are not. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(db|css|xml|properties)");

    static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/io/guankou/desktop/i18n/messages_" + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("zh_CN").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        assertThat(zh).as("keys only in zh_CN").containsAll(en);
        assertThat(en).as("keys only in en").containsAll(zh);
    }

    @Test
    void everyEnumShownInTheUiHasALabelInBothLanguages() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(m.has(Messages.enumKey(constant))).as("%s %s", language, Messages.enumKey(constant))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aDatabaseFailureIsDescribedInTheChosenLanguageWithItsDetail() {
        DatabaseException missing = new DatabaseException(DatabaseException.Reason.FILE_NOT_FOUND, "/data/x.db",
                "Database file not found: /data/x.db");
        assertThat(Messages.of(Language.ZH).describe(missing)).isEqualTo("找不到数据库文件：/data/x.db");
        assertThat(Messages.of(Language.EN).describe(missing)).isEqualTo("Database file not found: /data/x.db");
        assertThat(missing.getMessage()).as("logs and tests keep the English text")
                .isEqualTo("Database file not found: /data/x.db");

        DatabaseException unclassified = new DatabaseException("Something odd");
        assertThat(unclassified.reason()).isEqualTo(DatabaseException.Reason.OTHER);
        assertThat(Messages.of(Language.ZH).describe(unclassified)).isEqualTo("数据库错误：Something odd");
    }

    @Test
    void chineseIsReadAsUtf8AndFormatsNumbersPlainly() {
        Messages zh = Messages.of(Language.ZH);
        assertThat(zh.get("nav.ledger")).isEqualTo("台账");
        assertThat(zh.format("ledger.count", 1234, 100000)).isEqualTo("显示 1,234 / 共 100,000 人");
        assertThat(zh.label(Tier.RED)).isEqualTo("红");
        assertThat(Messages.of(Language.EN).label(Tier.RED)).isEqualTo("Red");
        assertThat(zh.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void languageTags() {
        assertThat(Language.fromTag("zh_CN")).isEqualTo(Language.ZH);
        assertThat(Language.fromTag("zh-CN")).isEqualTo(Language.ZH);
        assertThat(Language.fromTag("EN")).isEqualTo(Language.EN);
        assertThat(Language.fromTag("fr")).isNull();
    }
}
