package io.guankou.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.guankou.desktop.sheetimport.ImportTexts;
import io.guankou.desktop.sheetimport.VillageDecision;
import io.guankou.model.followup.Grouping;
import io.guankou.model.sheet.RowNote;
import io.guankou.model.sheet.RowProblem;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.sheet.SheetReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundle and the code agree: every key the code names is in the bundle, and every key in the bundle is
 * named by the code. Keys are named as string literals, or built from enum constants through the one helper
 * {@link Messages#enumKey(Enum)} ({@code enum.<Type>.<CONSTANT>}) or {@link Messages#enumKey(String, Enum)}
 * with a family registered in {@link #FAMILIES}.
 */
class BundleKeysTest {

    /** The families of keys built as {@code <family>.<CONSTANT>}, and the enum each is built from. */
    static final Map<String, Class<? extends Enum<?>>> FAMILIES = Map.ofEntries(
            Map.entry(Failures.DB_ERROR, DatabaseException.Reason.class),
            Map.entry(ImportTexts.PROBLEM, RowProblem.Kind.class),
            Map.entry(ImportTexts.NOTE, RowNote.Kind.class),
            Map.entry(ImportTexts.SHEET_ERROR, SheetReadException.Reason.class),
            Map.entry("import.ui.village", VillageDecision.Kind.class),
            Map.entry("overdue.unassigned", Grouping.class),
            Map.entry(Failures.INVALID_SETTING, io.guankou.model.settings.InvalidSettingException.Kind.class),
            Map.entry("cli.import.mapping", enumType("io.guankou.desktop.cli.ExcelImportCommand$MappingSource")),
            Map.entry("township.codeProblem", io.guankou.model.place.TownshipCodeProblem.class),
            Map.entry("township.nameProblem", io.guankou.model.place.TownshipNameProblem.class),
            Map.entry("county.codeProblem", io.guankou.model.place.CountyCodeProblem.class));

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(String name) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    /** Keys picocli reads by itself from the bundle set on the command line (its documented key names). */
    private static final Pattern PICOCLI_KEY = Pattern.compile("(guankou\\.[a-z-]+\\.)?usage\\.[A-Za-z]+|mixinStandardHelpOptions\\.[a-z]+");

    /** A string literal that looks like a dotted key (lower-case first segment, at least two segments). */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    /** File names and resource paths look like keys but are not. */
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(db|css|xml|properties|txt|xlsx|csv|json)"
            + "|io\\..*|java\\..*|javafx\\..*|org\\..*|com\\..*|user\\..*|os\\..*|prism\\..*|glass\\..*");

    private static final Pattern FAMILY_CALL = Pattern.compile("enumKey\\(\\s*\"([^\"]+)\"");

    private static Set<String> keys;
    /** Every dotted string literal of the main code. */
    private static Set<String> rawLiterals;
    /** Those that can only be keys (not file names, packages or registered families). */
    private static Set<String> literals;
    private static Set<String> familiesInCode;
    /** Enum types of the main code by the name their keys use ({@code Departure.Reason}). */
    private static Map<String, Class<?>> enums;

    @BeforeAll
    static void scan() throws IOException {
        keys = MessagesTest.load("zh_CN").stringPropertyNames();
        literals = new TreeSet<>();
        rawLiterals = new TreeSet<>();
        familiesInCode = new TreeSet<>();
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = LITERAL.matcher(text);
                while (m.find()) {
                    rawLiterals.add(m.group(1));
                    if (!NOT_A_KEY.matcher(m.group(1)).matches() && !FAMILIES.containsKey(m.group(1))) {
                        literals.add(m.group(1));
                    }
                }
                Matcher fam = FAMILY_CALL.matcher(text);
                while (fam.find()) {
                    familiesInCode.add(fam.group(1));
                }
            }
        }
        enums = new HashMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.guankou")) {
            if (c.isEnum()) {
                Class<?> type = c.reflect();
                enums.put(Messages.typeName(type), type);
            }
        }
    }

    private static boolean isEnumLabel(String key) {
        if (!key.startsWith("enum.")) {
            return false;
        }
        int dot = key.lastIndexOf('.');
        Class<?> type = enums.get(key.substring("enum.".length(), dot));
        return type != null && constants(type).contains(key.substring(dot + 1));
    }

    private static boolean isFamilyKey(String key) {
        return FAMILIES.entrySet().stream().anyMatch(f -> key.startsWith(f.getKey() + ".")
                && constants(f.getValue()).contains(key.substring(f.getKey().length() + 1)));
    }

    private static Set<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }

    /** Literals that look like keys of a section the bundle has, but are not in it. */
    static Set<String> missing(Set<String> bundle, Set<String> keyLiterals) {
        return keyLiterals.stream()
                .filter(k -> !bundle.contains(k))
                // a literal that is not a key of any section the bundle has is some other dotted string
                .filter(k -> bundle.stream().anyMatch(b -> b.startsWith(k.substring(0, k.indexOf('.') + 1))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Bundle keys that no literal names and that are no enum label, family key or picocli key. */
    static Set<String> unused(Set<String> bundle, Set<String> allLiterals) {
        return bundle.stream()
                .filter(k -> !allLiterals.contains(k) && !isEnumLabel(k) && !isFamilyKey(k)
                        && !PICOCLI_KEY.matcher(k).matches())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKeyNamedInTheCodeIsInTheBundle() {
        assertThat(literals).as("keys found in the sources").hasSizeGreaterThan(300);
        assertThat(missing(keys, literals)).as("keys used in code but missing from the bundle").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsedByTheCode() {
        assertThat(unused(keys, rawLiterals)).as("keys no code uses").isEmpty();
    }

    /** A key built by joining strings is invisible to both checks above: only literals and enumKey are allowed. */
    private static final Pattern JOINED_KEY = Pattern.compile(
            "(?:\\.get|\\.format|\\.has|Msg\\.of)\\(\\s*(?:\"[^\"]*\"\\s*\\+|[A-Za-z_][\\w.]*\\s*\\+\\s*\")");

    @Test
    void noKeyIsBuiltByJoiningStrings() throws IOException {
        Set<String> joined = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JOINED_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    joined.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(joined).as("keys built with + (use a literal, or Messages.enumKey)").isEmpty();
        assertThat(JOINED_KEY.matcher("msg.get(key + \"Hint\")").find()).isTrue();
        assertThat(JOINED_KEY.matcher("msg.get(\"history.field.\" + field)").find()).isTrue();
        assertThat(JOINED_KEY.matcher("msg.get(\"ledger.add\")").find()).isFalse();
    }

    @Test
    void aKeyMissingOrUnusedIsFound() {
        Set<String> bundle = Set.of("ledger.add", "ledger.gone", "enum.Tier.RED", "enum.Tier.BLUE", "db.error.CLOSED",
                "db.error.NO_SUCH_REASON");
        assertThat(missing(bundle, Set.of("ledger.add", "ledger.typo"))).containsExactly("ledger.typo");
        assertThat(unused(bundle, Set.of("ledger.add")))
                .containsExactlyInAnyOrder("ledger.gone", "enum.Tier.BLUE", "db.error.NO_SUCH_REASON");
    }

    @Test
    void everyFamilyTheCodeBuildsIsRegisteredAndComplete() {
        assertThat(FAMILIES.keySet()).as("families built with Messages.enumKey(family, constant)")
                .containsAll(familiesInCode.stream().filter(f -> !f.contains("%")).toList());
        for (Map.Entry<String, Class<? extends Enum<?>>> f : FAMILIES.entrySet()) {
            for (Enum<?> c : f.getValue().getEnumConstants()) {
                assertThat(keys).as("family %s", f.getKey()).contains(Messages.enumKey(f.getKey(), c));
            }
        }
    }

    @Test
    void anEnumWithOneLabelHasALabelForEveryConstant() {
        Map<String, List<String>> labelledTypes = keys.stream().filter(k -> k.startsWith("enum."))
                .collect(Collectors.groupingBy(k -> k.substring("enum.".length(), k.lastIndexOf('.'))));
        for (String type : labelledTypes.keySet()) {
            assertThat(enums).as("enum type %s of the bundle", type).containsKey(type);
            for (Object c : enums.get(type).getEnumConstants()) {
                assertThat(keys).contains(Messages.enumKey((Enum<?>) c));
            }
        }
    }

    @Test
    void enumKeysNameTheEnclosingType() {
        assertThat(Messages.enumKey(io.guankou.model.person.Departure.Reason.DECEASED))
                .isEqualTo("enum.Departure.Reason.DECEASED");
        assertThat(Messages.enumKey(Failures.DB_ERROR, DatabaseException.Reason.CLOSED)).isEqualTo("db.error.CLOSED");
    }
}
