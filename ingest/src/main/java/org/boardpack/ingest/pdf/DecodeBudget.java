package org.boardpack.ingest.pdf;

import java.util.Locale;
import org.boardpack.ingest.IngestLimits;

/**
 * How many bytes a PDF's compressed streams may inflate to before the file is refused as a
 * {@code resource limit}: {@code perStream} for any one stream, {@code perFile} for all of them.
 * PDFBox 3 decodes a stream whole into memory before parsing it, so an 8 MB file whose stream
 * inflates to gigabytes of spaces would otherwise take the heap of the whole run.
 *
 * @param perStream the most bytes one stream may decode to
 * @param perFile   the most bytes all the file's streams together may decode to
 */
public record DecodeBudget(long perStream, long perFile) {

    private static final long MB = 1024L * 1024;

    /**
     * 128 MB a stream, 1 GB a file: a content stream of a dense vector page or an embedded CJK font
     * runs to a few tens of MB (the largest in the bundled and real-dev packs is far below), and a
     * 500-page pack's streams together to a few hundred MB. Images are not counted (text reading
     * never decodes them). Decoding 1 GB costs about a second, so a bomb costs its file no more.
     */
    public static final DecodeBudget DEFAULTS = new DecodeBudget(128 * MB, 1024 * MB);

    public DecodeBudget {
        if (perStream <= 0 || perFile <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "decode budgets must be positive, not %d and %d", perStream, perFile));
        }
    }

    /** {@code 128 MB a stream, 1.0 GB a file}: as a failure's reason states the budget. */
    public String describe() {
        return IngestLimits.describe(perStream) + " a stream, " + IngestLimits.describe(perFile) + " a file";
    }
}
