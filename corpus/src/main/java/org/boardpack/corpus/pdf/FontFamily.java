package org.boardpack.corpus.pdf;

/**
 * The body typefaces a pack is set in. {@code LIBERATION_SANS} is a TrueType font embedded as a
 * subset, as word processors embed theirs; the others are standard-14 fonts, named but not embedded.
 */
public enum FontFamily {
    HELVETICA,
    TIMES,
    LIBERATION_SANS
}
