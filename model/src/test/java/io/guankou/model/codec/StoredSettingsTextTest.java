package io.guankou.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.followup.ContactTarget;
import io.guankou.model.followup.ContactTargets;
import io.guankou.model.followup.FollowUpGroup;
import io.guankou.model.referral.ReferralRules;
import io.guankou.model.sheet.ColumnMapping;
import io.guankou.model.sheet.ColumnMappingCodec;
import io.guankou.model.sheet.LedgerColumn;
import io.guankou.model.tier.AgeBand;
import io.guankou.model.tier.TierRules;
import io.guankou.model.tier.TierRulesCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Settings already stored in offices' ledger files, and mapping files users wrote, must keep decoding. The texts
 * below were written by the codecs as they were before they shared {@link KeyValueCodec}; they are kept verbatim.
 */
class StoredSettingsTextTest {

    static final String TIER_RULES = "format=1\n"
            + "age.bands=0:0,70:2,85:3\n"
            + "comorbidity.none=0\n"
            + "comorbidity.stable=1\n"
            + "comorbidity.unstable=2\n"
            + "vaccination.complete=0\n"
            + "vaccination.incomplete=1\n"
            + "vaccination.none=2\n"
            + "tier.greenMax=1\n"
            + "tier.yellowMax=3\n"
            + "ledger.ageLowerBound=65\n"
            + "pregnant.isRed=false\n";
    static final TierRules RULES = TierRules.defaults().withAgeLowerBound(65).withPregnantIsRed(false)
            .withAgeBands(List.of(new AgeBand(0, 0), new AgeBand(70, 2), new AgeBand(85, 3)));

    static final String MAPPING = "format=1\nA=NAME\nB=RESIDENT_ID\nAB=TIER\n";
    static final ColumnMapping COLUMNS = ColumnMapping.empty().with(0, LedgerColumn.NAME)
            .with(1, LedgerColumn.RESIDENT_ID).with(27, LedgerColumn.TIER);

    static final String TARGETS = "RED=4/48;YELLOW=2/84;GREEN=0/0;INFECTED_AT_HOME=2/72";
    static final String REFERRAL = "spo2=90;staleHours=36";

    @Test
    void tierRulesReadAndWriteTheStoredText() {
        assertThat(TierRulesCodec.decode(TIER_RULES)).isEqualTo(RULES);
        assertThat(TierRulesCodec.encode(RULES)).isEqualTo(TIER_RULES);
    }

    @Test
    void columnMappingsReadAndWriteTheStoredText() {
        assertThat(ColumnMappingCodec.decode(MAPPING)).isEqualTo(COLUMNS);
        assertThat(ColumnMappingCodec.encode(COLUMNS)).isEqualTo(MAPPING);
    }

    @Test
    void aMappingFileAsUsersWriteItStillReads() {
        // the CLI's --mapping file: a BOM from Notepad, comments, spaces, lower case, Windows line ends, numbers
        String file = "\ufeff# 平安镇台账\r\nformat = 1\r\n\r\na = name\r\n1=resident_id\r\n  ab=Tier  \r\n";
        assertThat(ColumnMappingCodec.decode(file)).isEqualTo(COLUMNS);
    }

    @Test
    void contactTargetsReadAndWriteTheStoredText() {
        ContactTargets targets = ContactTargets.defaults().with(FollowUpGroup.RED, new ContactTarget(4, 48));
        assertThat(ContactTargets.decode(TARGETS)).isEqualTo(targets);
        assertThat(targets.encode()).isEqualTo(TARGETS);
    }

    @Test
    void referralRulesReadAndWriteTheStoredText() {
        assertThat(ReferralRules.decode(REFERRAL)).isEqualTo(new ReferralRules(90, 36));
        assertThat(new ReferralRules(90, 36).encode()).isEqualTo(REFERRAL);
    }
}
