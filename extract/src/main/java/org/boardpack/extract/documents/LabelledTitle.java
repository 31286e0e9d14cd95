package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.ColumnGap;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;

/**
 * A paper's title printed against a label in its heading block: a council report's
 * {@code Subject: Land at Mill Lane} under {@code Report of: … / Date: …} (modern.gov), a cover
 * sheet's {@code Report title | Chief Executive's Report} or {@code Title of report:} (labels in
 * {@code paper-title-labels}). The label opens a line, with its colon or set apart from its value
 * as a table's first cell; the value is the rest of the line, and the lines under it that start
 * where it starts, no further below than a glyph's height, are its wrapped lines.
 */
final class LabelledTitle {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^" + Lexicon.alternation("paper-title-labels") + "(?:\\s*:\\s*|$)");

    private LabelledTitle() {
    }

    /** The title labelled on the given lines (a page's first lines, top to bottom), if one is. */
    static Optional<String> in(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<TextLine> cells = lines.get(i).segments(ColumnGap.EMS);
            String first = cells.getFirst().text().strip();
            Matcher m = LABEL.matcher(first);
            if (!m.find()) {
                continue;
            }
            boolean ownCell = m.end() == first.length();
            if (ownCell && cells.size() < 2 && !first.endsWith(":")) {
                continue;
            }
            String value = (first.substring(m.end()) + " " + String.join(" ",
                    cells.subList(1, cells.size()).stream().map(TextLine::text).toList())).strip();
            if (value.isEmpty()) {
                continue;
            }
            float left = ownCell ? cells.get(1).x0() : valueLeft(cells.getFirst(), m.end());
            StringBuilder title = new StringBuilder(value);
            TextLine above = lines.get(i);
            for (int j = i + 1; j < lines.size() && wraps(above, lines.get(j), left); j++) {
                title.append(' ').append(lines.get(j).text().strip());
                above = lines.get(j);
            }
            return Optional.of(PrintedText.clean(title.toString()));
        }
        return Optional.empty();
    }

    /** Where the value starts on a line that holds its label and value in one run. */
    private static float valueLeft(TextLine run, int labelEnd) {
        int chars = 0;
        for (var word : run.words()) {
            if (chars >= labelEnd) {
                return word.x0();
            }
            chars += word.text().length() + 1;
        }
        return run.x1();
    }

    /** A line under the value that starts where the value starts, close under it: the value wrapped. */
    private static boolean wraps(TextLine above, TextLine line, float left) {
        float glyph = above.bottom() - above.top();
        return line.top() - above.bottom() <= glyph && Math.abs(line.x0() - left) <= glyph / 2
                && !line.text().strip().endsWith(":");
    }
}
