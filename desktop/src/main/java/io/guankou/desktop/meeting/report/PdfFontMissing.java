package io.guankou.desktop.meeting.report;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** No font with Chinese characters that a PDF can embed was found: the files looked for, in order. */
public final class PdfFontMissing extends RuntimeException {

    private final List<Path> lookedFor;

    public PdfFontMissing(List<Path> lookedFor) {
        super("no embeddable CJK font among " + lookedFor);
        this.lookedFor = List.copyOf(lookedFor);
    }

    public List<Path> lookedFor() {
        return lookedFor;
    }

    /** The files looked for, one per line, for the notice. */
    public String files() {
        return lookedFor.stream().map(Path::toString).collect(Collectors.joining("\n"));
    }
}
