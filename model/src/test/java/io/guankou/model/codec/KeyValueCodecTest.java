package io.guankou.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.guankou.model.codec.KeyValueCodec.Entry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueCodecTest {

    static final KeyValueCodec LINES = KeyValueCodec.lines("test settings", "key=value");
    static final KeyValueCodec SEMICOLONS = KeyValueCodec.semicolons("test settings");

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void linesAreWrittenInOrderEachEndingInANewline() {
        assertThat(LINES.write(ordered("format", "1", "b", "x", "a", "0:0,65:1"))).isEqualTo("format=1\nb=x\na=0:0,65:1\n");
        assertThat(LINES.write(Map.of())).isEmpty();
    }

    @Test
    void semicolonsAreJoinedWithNothingAfterTheLast() {
        assertThat(SEMICOLONS.write(ordered("RED", "3/56", "GREEN", "0/0"))).isEqualTo("RED=3/56;GREEN=0/0");
    }

    @Test
    void linesSkipBlankLinesCommentsAndAByteOrderMarkAndKeepLineNumbers() {
        String text = "\ufeff# written by hand\r\n\r\n  a = 1 \n#b=2\nc=x=y\u2028d=";
        assertThat(LINES.parse(text)).containsExactly(new Entry(3, "a", "1"), new Entry(5, "c", "x=y"),
                new Entry(6, "d", ""));
    }

    @Test
    void aRepeatedKeyCountsOnceWithItsLastValueInTheMap() {
        assertThat(LINES.parse("a=1\nb=2\na=3")).hasSize(3);
        assertThat(LINES.parseMap("a=1\nb=2\na=3")).containsExactly(Map.entry("b", "2"), Map.entry("a", "3"));
    }

    @Test
    void semicolonEntriesMayBeEmptyButNoCommentsAreRead() {
        assertThat(SEMICOLONS.parse("spo2=90;;staleHours=36;")).containsExactly(new Entry(1, "spo2", "90"),
                new Entry(3, "staleHours", "36"));
        assertThat(SEMICOLONS.parse("#a=1")).containsExactly(new Entry(1, "#a", "1"));
        assertThat(SEMICOLONS.parse("")).isEmpty();
    }

    @Test
    void anEntryWithoutAKeyIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> LINES.parse("a=1\njust words"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test settings line 2 is not key=value: just words");
        assertThatThrownBy(() -> LINES.parse("=1")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> SEMICOLONS.parse("a=1;b")).hasMessage("test settings entry 2 is not key=value: b");
        assertThatThrownBy(() -> LINES.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no test settings text");
    }

    @Test
    void whatCannotBeReadBackIsNotWritten() {
        assertThatThrownBy(() -> LINES.write(ordered("a", "two\nlines"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LINES.write(ordered("a=b", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LINES.write(ordered("#a", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LINES.write(ordered(" a", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LINES.write(ordered("a", " 1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LINES.write(ordered("", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SEMICOLONS.write(ordered("a", "1;b=2"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(LINES.write(ordered("a", "1;2"))).isEqualTo("a=1;2\n");
        assertThat(LINES.write(ordered("a", "b=c"))).isEqualTo("a=b=c\n");
    }

    @Test
    void whatIsWrittenIsReadBack() {
        Map<String, String> m = ordered("format", "1", "age.bands", "0:0,65:1,80:2", "empty", "", "eq", "x=y");
        assertThat(LINES.parseMap(LINES.write(m))).isEqualTo(m);
        Map<String, String> s = ordered("RED", "3/56", "eq", "x=y");
        assertThat(SEMICOLONS.parseMap(SEMICOLONS.write(s))).isEqualTo(s);
    }
}
