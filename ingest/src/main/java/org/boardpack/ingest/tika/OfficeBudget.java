package org.boardpack.ingest.tika;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a Word, RTF, OpenDocument or HTML file may unpack to before it is refused as a
 * {@code resource limit}: the OOXML (DOCX) zip's inflate ratio and entry size, checked by POI's
 * {@link ZipSecureFile} as it inflates, and the characters of text Tika may hand over, which bounds
 * what every format holds in memory. A 7 MB DOCX whose document.xml inflates to gigabytes must cost
 * seconds, not the run.
 *
 * @param maxChars      the most characters of text read from one document
 * @param maxEntryBytes the largest a single entry of an OOXML zip may inflate to
 * @param minInflateRatio the smallest compressed-to-inflated size ratio allowed for an OOXML zip entry
 */
public record OfficeBudget(int maxChars, long maxEntryBytes, double minInflateRatio) {

    /**
     * 20 million characters (a 500-page paper holds about 2 million), 256 MB an entry and a ratio
     * of 1:100 (POI's own default; text XML compresses about 1:10, a bomb of one repeated byte about 1:1000).
     */
    public static final OfficeBudget DEFAULTS = new OfficeBudget(20_000_000, 256L * 1024 * 1024, 0.01);

    public OfficeBudget {
        if (maxChars <= 0 || maxEntryBytes <= 0 || minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "invalid office budget: %d characters, %d bytes, ratio %s", maxChars, maxEntryBytes, minInflateRatio));
        }
    }

    /**
     * Sets POI's zip limits, which are global to the JVM (POI reads them from static fields): the
     * last reader made sets them, and every reader of one run is made with the same budget.
     */
    void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(maxChars);
    }
}
