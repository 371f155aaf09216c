package io.guankou.desktop.meeting.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a Chinese font a PDF can embed is looked for: TrueType outlines only (PDFBox embeds those as a subset),
 * first the one the Debian package depends on ({@code fonts-wqy-microhei}), then those of UOS/Kylin and of Windows.
 */
public final class PdfFonts {

    /** The font the .deb depends on; the notice names its package when no font is found. */
    public static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    public static final List<Path> CANDIDATES = List.of(
            WQY_MICROHEI,
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/msyh.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"));

    private final List<Path> candidates;

    public PdfFonts(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public static PdfFonts system() {
        return new PdfFonts(CANDIDATES);
    }

    public List<Path> candidates() {
        return candidates;
    }

    /** The first candidate that is a readable file; empty when none is. */
    public Optional<Path> first() {
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isReadable(p)).findFirst();
    }
}
