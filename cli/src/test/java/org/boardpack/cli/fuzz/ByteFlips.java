package org.boardpack.cli.fuzz;

import java.util.Random;

/** A few bits flipped anywhere past the header: a bad sector, a bad transfer. */
public final class ByteFlips implements PdfMutator {

    @Override
    public String name() {
        return "byte-flips";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return pdf.length() > 16;
    }

    @Override
    public String mutate(String pdf, Random random) {
        char[] chars = pdf.toCharArray();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            int at = 9 + random.nextInt(chars.length - 9);
            chars[at] = (char) ((chars[at] ^ (1 << random.nextInt(8))) & 0xFF);
        }
        return new String(chars);
    }
}
