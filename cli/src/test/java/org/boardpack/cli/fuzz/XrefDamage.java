package org.boardpack.cli.fuzz;

import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A damaged cross-reference table: entries overwritten with garbage, digits changed (offsets to
 * the wrong place), the table's subsection header miscounting. Applies to classic tables only; an
 * xref stream is damaged by {@link StreamDataDamage} like any stream.
 */
public final class XrefDamage implements PdfMutator {

    private static final Pattern TABLE = Pattern.compile("(?s)\\nxref\\s*\\n(\\d+) (\\d+)\\s*\\n(.*?)trailer");

    @Override
    public String name() {
        return "xref-table";
    }

    @Override
    public boolean appliesTo(String pdf) {
        return TABLE.matcher(pdf).find();
    }

    @Override
    public String mutate(String pdf, Random random) {
        MatchResult table = Spans.all(pdf, TABLE).getLast();
        int start = table.start(3);
        int end = table.end(3);
        return switch (random.nextInt(3)) {
            case 0 -> {
                int at = start + random.nextInt(Math.max(1, end - start));
                int len = Math.min(end - at, 1 + random.nextInt(60));
                yield Spans.replace(pdf, at, at + len, Spans.garbage(random, len));
            }
            case 1 -> {
                // an entry's offset digits changed: it points into the middle of something else
                char[] chars = pdf.toCharArray();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    int entry = start + 20 * random.nextInt(Math.max(1, (end - start) / 20));
                    int digit = entry + random.nextInt(10);
                    if (digit < end && Character.isDigit(chars[digit])) {
                        chars[digit] = (char) ('0' + random.nextInt(10));
                    }
                }
                yield new String(chars);
            }
            default -> {
                int count = Integer.parseInt(table.group(2));
                int wrong = random.nextBoolean() ? count * 2 + 7 : Math.max(0, count / 2);
                yield Spans.replace(pdf, table.start(2), table.end(2), Integer.toString(wrong));
            }
        };
    }
}
