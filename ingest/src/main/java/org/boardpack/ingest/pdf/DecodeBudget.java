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
     * 128 MB a stream, 1 GB a file: the largest stream of the bundled, real-dev and hard PDFs
     * decodes to 0.6 MB and the largest file's streams together to 3.9 MB, and a dense vector map
     * or an embedded CJK font runs to tens of MB; images are not counted (reading text never
     * decodes them). A bomb is stopped after 128 MB of inflating, about a second.
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
