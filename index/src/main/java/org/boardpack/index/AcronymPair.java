package org.boardpack.index;

/**
 * An acronym and one expansion of it, as printed: {@code CCG} = {@code Clinical Commissioning
 * Group}.
 */
public record AcronymPair(String acronym, String expansion) {

    public AcronymPair {
        if (acronym == null || acronym.isBlank() || expansion == null || expansion.isBlank()) {
            throw new IllegalArgumentException("an acronym and its expansion are both needed");
        }
        acronym = acronym.strip();
        expansion = expansion.strip().replaceAll("\\s+", " ");
    }
}
