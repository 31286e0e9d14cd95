package org.boardpack.cli.fuzz;

import java.util.Random;

/**
 * One kind of damage done to a copy of a PDF, as files arrive damaged in the wild: by a broken
 * download, a bad writer, a tool that edited objects without fixing the cross-reference table.
 * The PDF is handled as Latin-1 text, one char per byte, so edits keep every other byte as it was.
 */
public interface PdfMutator {

    /** Short name for the fuzz report, e.g. {@code wrong-length}. */
    String name();

    /** Whether this PDF has what this mutation damages (a classic xref table, a /Parent entry …). */
    boolean appliesTo(String pdf);

    /** The damaged copy; {@code pdf} is left as it was. Only called when {@link #appliesTo} holds. */
    String mutate(String pdf, Random random);
}
