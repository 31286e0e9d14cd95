package org.boardpack.index;

/**
 * What the index holds for one file.
 *
 * @param sha256  the content hash of the version indexed
 * @param current whether it was indexed by this extractor version and index schema; a file that
 *                is not is extracted again even when its content has not changed
 */
public record IndexedFile(String sha256, boolean current) {

    /** True when this exact content is indexed and needs nothing done. */
    public boolean isCurrent(String sha256) {
        return current && this.sha256.equals(sha256);
    }
}
