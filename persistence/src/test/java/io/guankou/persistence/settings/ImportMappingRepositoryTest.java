package io.guankou.persistence.settings;

import static io.guankou.persistence.TestTownship.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.persistence.Database;
import io.guankou.persistence.TestTownship;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMappingRepositoryTest {

    private static final String SIGNATURE =
            ColumnMapping.signature(List.of("序号", "姓名", "身份证号", "龙洞村小组", "联系电话"));
    private static final ColumnMapping MAPPING = ColumnMapping.empty()
            .with(1, LedgerColumn.NAME)
            .with(2, LedgerColumn.RESIDENT_ID)
            .with(3, LedgerColumn.VILLAGE)
            .with(4, LedgerColumn.PHONE);

    @TempDir
    Path dir;
    Database db;
    ImportMappingRepository repository;

    @BeforeEach
    void setUp() {
        db = TestTownship.create(dir.resolve("ledger.db"));
        repository = new ImportMappingRepository(db, CLOCK);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aRememberedMappingIsFoundByItsSignature() {
        assertThat(repository.find(SIGNATURE)).isEmpty();

        repository.remember(SIGNATURE, MAPPING, "办公室小王");

        assertThat(repository.find(SIGNATURE)).contains(MAPPING);
        // headers differing only in spaces and width have the same signature
        assertThat(repository.find(ColumnMapping.signature(
                List.of("序号", " 姓 名", "身份证号", "龙洞村小组", "联系电话 ")))).contains(MAPPING);
    }

    @Test
    void anotherSignatureFindsNothing() {
        repository.remember(SIGNATURE, MAPPING, "办公室小王");

        assertThat(repository.find(ColumnMapping.signature(List.of("序号", "姓名", "身份证号", "联系电话"))))
                .isEmpty();
        assertThat(repository.find("")).isEmpty();
    }

    @Test
    void rememberingAgainReplacesTheMapping() {
        repository.remember(SIGNATURE, MAPPING, "办公室小王");
        ColumnMapping corrected = MAPPING.without(3).with(3, LedgerColumn.ADDRESS);

        repository.remember(SIGNATURE, corrected, "录入员");

        assertThat(repository.find(SIGNATURE)).contains(corrected);
        assertThat(TestTownship.query(db, "SELECT count(*) FROM setting WHERE key LIKE 'import.mapping.%'"))
                .isEqualTo("1");
        assertThat(TestTownship.query(db, "SELECT updated_by FROM setting WHERE key LIKE 'import.mapping.%'"))
                .isEqualTo("录入员");
        assertThat(TestTownship.query(db, "SELECT revision FROM setting WHERE key LIKE 'import.mapping.%'"))
                .isEqualTo("2");
    }

    @Test
    void mappingsOfSeveralLayoutsAreKeptApart() {
        String other = ColumnMapping.signature(List.of("姓名", "身份证号"));
        ColumnMapping otherMapping = ColumnMapping.empty().with(0, LedgerColumn.NAME).with(1, LedgerColumn.RESIDENT_ID);

        repository.remember(SIGNATURE, MAPPING, "办公室小王");
        repository.remember(other, otherMapping, "办公室小王");

        assertThat(repository.find(SIGNATURE)).contains(MAPPING);
        assertThat(repository.find(other)).contains(otherMapping);
    }

    @Test
    void theKeyDoesNotHoldTheHeaderTexts() {
        repository.remember(SIGNATURE, MAPPING, "办公室小王");

        String key = TestTownship.query(db, "SELECT key FROM setting WHERE key LIKE 'import.mapping.%'");
        assertThat(key).startsWith("import.mapping.").doesNotContain("龙洞").doesNotContain("姓名");
        assertThat(key).isEqualTo(ImportMappingRepository.key(SIGNATURE));
    }

    @Test
    void rememberingNeedsTheUsersName() {
        assertThatThrownBy(() -> repository.remember(SIGNATURE, MAPPING, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.find(SIGNATURE)).isEmpty();
    }
}
