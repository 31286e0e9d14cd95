package org.boardpack.ingest;

import java.util.Locale;

/**
 * How big a file one run will read: a file over {@code maxBytes} is refused before any of it is
 * read, one over {@code maxPages} once its page count is known and before any page is parsed. A
 * nightly run must not let one stray scan archive or print dump take the night's memory and time.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most pages read from one file
 */
public record IngestLimits(long maxBytes, int maxPages) {

    private static final long MB = 1024L * 1024;

    /**
     * 500 MB and 5,000 pages: the largest real board packs are a few hundred pages and tens of MB
     * (appendices of scanned pages make the big ones), so these stop only what is not a board pack
     * — a whole year's archive in one file, a print dump — at ten times the biggest we have seen.
     */
    public static final IngestLimits DEFAULTS = new IngestLimits(500 * MB, 5_000);

    public IngestLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("the page limit must be positive, not " + maxPages);
        }
    }

    /** {@code 812.3 MB}, {@code 500 MB}, {@code 3.4 GB}, {@code 900 KB}, {@code 512 bytes}: a size as a reason states it. */
    public static String describe(long bytes) {
        if (bytes >= 1024 * MB) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * MB));
        }
        if (bytes >= MB) {
            // whole megabytes as such; a fraction kept so 500.4 MB never reads as the 500 MB limit
            return bytes % MB == 0 ? (bytes / MB) + " MB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
