package org.boardpack.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A stream's data damaged: bytes of compressed content, fonts, images or an object or xref stream
 * overwritten, or a chunk of it lost (the stream then ends early and its /Length is wrong too).
 */
public final class StreamDataDamage implements PdfMutator {

    private static final Pattern STREAM = Pattern.compile("(?s)stream\\r?\\n(.*?)endstream");

    @Override
    public String name() {
        return "stream-data";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return STREAM.matcher(pdf).find();
    }

    @Override
    public String mutate(String pdf, Random random) {
        List<MatchResult> streams = Spans.all(pdf, STREAM);
        MatchResult s = Spans.pick(streams, random);
        int start = s.start(1);
        int length = s.end(1) - start;
        if (length < 2) {
            return Spans.replace(pdf, start, s.end(1), Spans.garbage(random, 16));
        }
        int at = start + random.nextInt(length);
        int len = Math.min(s.end(1) - at, 1 + random.nextInt(Math.min(length, 256)));
        return random.nextBoolean() ? Spans.replace(pdf, at, at + len, Spans.garbage(random, len))
                : Spans.replace(pdf, at, at + len, "");
    }
}
