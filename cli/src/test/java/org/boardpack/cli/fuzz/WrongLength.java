package org.boardpack.cli.fuzz;

import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A stream's direct {@code /Length} wrong: zero, too short, too long, far past the end of the file. */
public final class WrongLength implements PdfMutator {

    private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)(?! \\d+ R)");

    @Override
    public String name() {
        return "wrong-length";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return LENGTH.matcher(pdf).find();
    }

    @Override
    public String mutate(String pdf, Random random) {
        MatchResult m = Spans.pick(Spans.all(pdf, LENGTH), random);
        long length = Long.parseLong(m.group(1));
        long wrong = switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> length / 2;
            case 2 -> length + 1 + random.nextInt(1000);
            case 3 -> 2_147_483_647L;
            default -> 999_999_999_999L;
        };
        return Spans.replace(pdf, m.start(1), m.end(1), Long.toString(wrong));
    }
}
