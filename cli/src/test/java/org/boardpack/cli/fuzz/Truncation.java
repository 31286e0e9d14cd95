package org.boardpack.cli.fuzz;

import java.util.Random;

/** The file cut short: an interrupted download or copy. */
public final class Truncation implements PdfMutator {

    @Override
    public String name() {
        return "truncated";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return pdf.length() > 2;
    }

    @Override
    public String mutate(String pdf, Random random) {
        // half the cuts near the end, where the xref and trailer are, the rest anywhere
        int cut = random.nextBoolean() ? pdf.length() - 1 - random.nextInt(Math.min(pdf.length() - 1, 4096))
                : random.nextInt(pdf.length());
        return pdf.substring(0, cut);
    }
}
