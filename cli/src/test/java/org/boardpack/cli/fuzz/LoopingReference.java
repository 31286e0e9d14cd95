package org.boardpack.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A reference that loops back on its own object: a page whose {@code /Parent} is itself, a page
 * tree node that is its own kid, a bookmark whose {@code /Next} or {@code /First} is itself. Walkers
 * of the page tree and the outline must not follow such a loop for ever. Applies to objects
 * written in the open (not inside compressed object streams).
 */
public final class LoopingReference implements PdfMutator {

    private static final Pattern REFERENCE =
            Pattern.compile("(?s)(\\d+) (\\d+) obj\\b(?:(?!endobj).)*?/(Parent|Next|First|Last|Prev) (\\d+) (\\d+) R");
    private static final Pattern KIDS = Pattern.compile("(?s)(\\d+) (\\d+) obj\\b(?:(?!endobj).)*?/Kids\\s*\\[");

    @Override
    public String name() {
        return "looping-reference";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return REFERENCE.matcher(pdf).find() || KIDS.matcher(pdf).find();
    }

    @Override
    public String mutate(String pdf, Random random) {
        List<MatchResult> kids = Spans.all(pdf, KIDS);
        if (!kids.isEmpty() && (random.nextBoolean() || !REFERENCE.matcher(pdf).find())) {
            MatchResult k = Spans.pick(kids, random);
            // the node listed among its own kids (first, so it is met before any real page)
            return Spans.replace(pdf, k.end(), k.end(), k.group(1) + " " + k.group(2) + " R ");
        }
        MatchResult r = Spans.pick(Spans.all(pdf, REFERENCE), random);
        return Spans.replace(pdf, r.start(4), r.end(5), r.group(1) + " " + r.group(2));
    }
}
