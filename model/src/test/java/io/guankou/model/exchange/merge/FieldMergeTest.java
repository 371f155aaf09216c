package io.guankou.model.exchange.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every combination of the three-way field rule (ADR 0007): changed there, changed here unseen, equal values. */
class FieldMergeTest {

    @ParameterizedTest(name = "there={0} here={1} same={2} -> {3}")
    @CsvSource({
            // neither side changed it: values equal (the usual case) or not (stale copy: ours stays)
            "false, false, true,  SAME",
            "false, false, false, KEEP_LOCAL",
            // only this side changed it (the sender has not seen it): ours stays
            "false, true,  true,  SAME",
            "false, true,  false, KEEP_LOCAL",
            // only the sender changed it: theirs is taken
            "true,  false, true,  SAME",
            "true,  false, false, TAKE_INCOMING",
            // both changed it: to the same value nothing happens, to different values a person decides
            "true,  true,  true,  SAME",
            "true,  true,  false, CONFLICT"})
    void dataField(boolean incomingChanged, boolean localUnseen, boolean same, FieldMerge expected) {
        assertThat(FieldMerge.of(incomingChanged, localUnseen, same)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "derived there={0} same={1} -> {2}")
    @CsvSource({
            "false, true,  SAME",
            "false, false, KEEP_LOCAL",
            "true,  true,  SAME",
            // changed on both sides (the rules ran on both): never a conflict, the incoming result wins
            "true,  false, TAKE_INCOMING"})
    void derivedField(boolean incomingChanged, boolean same, FieldMerge expected) {
        assertThat(FieldMerge.derived(incomingChanged, same)).isEqualTo(expected);
    }
}
