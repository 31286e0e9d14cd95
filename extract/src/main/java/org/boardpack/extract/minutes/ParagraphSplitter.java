package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.Vocabulary;

/**
 * Groups a discussion's lines into paragraphs. A paragraph ends where the gap to the next line is
 * wider than the text's leading, and before a line that opens a list entry ({@code 1.}, {@code a)},
 * {@code •}) or that a caller names as opening one (a decision label such as {@code RESOLVED}).
 * A page break alone does not end a paragraph: text flows on to the next page.
 */
public final class ParagraphSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7](?:\\s|$)|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)");

    private final LineJoiner joiner;

    public ParagraphSplitter(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * @param opensParagraph lines that start a paragraph whatever the spacing (labels); and a line
     *                       that is nothing but such an opener is a paragraph of its own
     */
    public List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph) {
        return split(lines, pitch, opensParagraph, joiner);
    }

    /** As {@link #split(List, LinePitch, Pattern)}, hyphenated line breaks told by the document's words. */
    public List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph, Vocabulary words) {
        return split(lines, pitch, opensParagraph, joiner.knowing(words));
    }

    private List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph, LineJoiner joiner) {
        List<Paragraph> out = new ArrayList<>();
        List<MinutesLine> run = new ArrayList<>();
        boolean runIsBareOpener = false;
        MinutesLine previous = null;
        for (MinutesLine line : lines) {
            String text = line.text();
            boolean opener = opensParagraph.matcher(text).find();
            boolean breaks = previous == null
                    || runIsBareOpener
                    || previous.page() == line.page() && pitch.breaksParagraph(line.line().bottom() - previous.line().bottom())
                    || LIST_MARKER.matcher(text).find()
                    || opener;
            if (breaks && !run.isEmpty()) {
                out.add(paragraph(run, joiner));
                run = new ArrayList<>();
            }
            run.add(line);
            runIsBareOpener = run.size() == 1 && opener && opensParagraph.matcher(text).replaceFirst("").isBlank();
            previous = line;
        }
        if (!run.isEmpty()) {
            out.add(paragraph(run, joiner));
        }
        return out;
    }

    /** Whether a paragraph opens a list entry, and so ends where the entry does. */
    public static boolean isListEntry(String text) {
        return LIST_MARKER.matcher(text).find();
    }

    private static Paragraph paragraph(List<MinutesLine> run, LineJoiner joiner) {
        return new Paragraph(run, joiner.join(run.stream().map(MinutesLine::text).toList()));
    }
}
