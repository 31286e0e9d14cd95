package org.boardpack.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An object number defined twice: a copy of one object, given the number of another, inserted
 * after that other (as incremental editors and broken writers leave them), so the reader must pick
 * one definition and the types may not be what the references expect.
 */
public final class DuplicateObject implements PdfMutator {

    private static final Pattern OBJECT = Pattern.compile("(?s)(\\d+) (\\d+) obj\\b.*?endobj");

    @Override
    public String name() {
        return "duplicate-object";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return Spans.all(pdf, OBJECT).size() >= 2;
    }

    @Override
    public String mutate(String pdf, Random random) {
        List<MatchResult> objects = Spans.all(pdf, OBJECT);
        MatchResult target = Spans.pick(objects, random);
        MatchResult source = Spans.pick(objects, random);
        String copy = source.group().replaceFirst("^\\d+ \\d+ obj", target.group(1) + " " + target.group(2) + " obj");
        return Spans.replace(pdf, target.end(), target.end(), "\n" + copy);
    }
}
