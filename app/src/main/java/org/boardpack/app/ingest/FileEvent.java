package org.boardpack.app.ingest;

import org.boardpack.index.FailureRecord;

/**
 * One file (or unusable path) of an {@code ingest} run, as the progress display and logs show it.
 *
 * @param path    the path as the user would type it
 * @param pages   pages parsed (0 when unchanged or failed)
 * @param millis  time spent on it by its worker
 * @param failure why it failed, or {@code null}
 */
public record FileEvent(String path, Result result, int pages, long millis, FailureRecord failure) {

    public enum Result {
        INGESTED("ingested"), REEXTRACTED("re-extracted"), UNCHANGED("unchanged"), FAILED("failed");

        public final String label;

        Result(String label) {
            this.label = label;
        }
    }
}
