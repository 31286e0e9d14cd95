package org.boardpack.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The {@code startxref} offset pointing somewhere else: into an object, past the end, at zero. */
public final class StartxrefDamage implements PdfMutator {

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");

    @Override
    public String name() {
        return "startxref-offset";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return STARTXREF.matcher(pdf).find();
    }

    @Override
    public String mutate(String pdf, Random random) {
        List<MatchResult> found = Spans.all(pdf, STARTXREF);
        MatchResult m = found.getLast();
        long offset = Long.parseLong(m.group(1));
        long wrong = switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> pdf.length() + 1 + random.nextInt(100_000);
            case 2 -> offset + 1 + random.nextInt(64);
            case 3 -> Math.max(0, offset - 1 - random.nextInt(64));
            default -> random.nextInt(pdf.length());
        };
        return Spans.replace(pdf, m.start(1), m.end(1), Long.toString(wrong));
    }
}
