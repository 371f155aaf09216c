package io.guankou.persistence.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Excel's display text for a number: a General cell as Excel shows it (an 18-digit ID typed as a number
 * comes out as {@code 5.00235E+17}, never reconstructed), other number formats as POI's DataFormatter
 * renders them, and date-formatted cells as ISO {@code yyyy-MM-dd} ({@code yyyy-MM-dd HH:mm} with a time
 * of day, {@code HH:mm} for a time-only format) so the model parses one shape whatever the office's
 * format was.
 */
final class CellTexts extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private final boolean use1904;

    CellTexts(boolean use1904) {
        // US symbols: '.' as decimal point and ',' for grouping, as Excel shows them in a Chinese locale too
        super(Locale.US);
        this.use1904 = use1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, use1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
                                        boolean date1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
            if (at != null) {
                if (value < 1 && !hasDatePart(formatString)) {
                    return at.format(TIME);
                }
                boolean timeOfDay = at.getHour() != 0 || at.getMinute() != 0 || at.getSecond() != 0;
                return at.format(timeOfDay ? DATE_TIME : DATE);
            }
        }
        return super.formatRawCellContents(excelPrecision(value), formatIndex, formatString, date1904);
    }

    /**
     * Excel keeps and shows at most 15 significant digits: 110105194912310020 typed into a cell becomes
     * 110105194912310000 under a "0" format. Rounding first makes the text what Excel shows, not what the
     * binary double happens to print as.
     */
    static double excelPrecision(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(FIFTEEN_DIGITS).doubleValue();
    }

    /** Whether a date format shows a year or a day (and so is not a time-only format such as h:mm). */
    static boolean hasDatePart(String formatString) {
        String bare = formatString.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\\\.", "");
        for (int i = 0; i < bare.length(); i++) {
            char c = Character.toLowerCase(bare.charAt(i));
            if (c == 'y' || c == 'd' || c == 'e') {
                return true;
            }
        }
        return false;
    }
}
