package org.boardpack.extract.documents;

import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;

/**
 * A paper's title wrapped over lines: a line that ends on a word the title cannot stop on
 * ({@code Minutes of the meeting of the Finance Committee held on} / {@code Tuesday 12 March 2024
 * at 2pm}) goes on in the line set close under it in the same type.
 */
public final class TitleWrap {

    /** A line ending in a word a heading cannot stop on: {@code held on}, {@code 2015 at}, {@code of the}. */
    public static final Pattern OPEN_END = Pattern.compile("(?i)\\b(?:at|on|in|of|from|held|the|and|commencing)\\s*$");
    /** The next line of the same block stands less than this many glyph heights under. */
    private static final float WRAP_GAP = 1.5f;
    /** Same type: sizes within this share of the larger. */
    private static final float SAME_SIZE = 0.1f;
    /** Lines a title may wrap onto. */
    private static final int MAX_MORE = 2;

    private TitleWrap() {
    }

    /** The title that starts on {@code lines.get(i)}, with the lines it wraps onto. */
    public static String from(List<TextLine> lines, int i) {
        StringBuilder text = new StringBuilder(PrintedText.clean(lines.get(i).text()));
        for (int k = i; k + 1 < lines.size() && k - i < MAX_MORE && OPEN_END.matcher(text).find(); k++) {
            TextLine above = lines.get(k);
            TextLine next = lines.get(k + 1);
            float height = Math.max(1f, Math.max(next.bottom() - next.top(), above.bottom() - above.top()));
            boolean close = next.top() - above.bottom() < WRAP_GAP * height;
            boolean same = Math.abs(next.fontSize() - above.fontSize()) <= SAME_SIZE * Math.max(next.fontSize(), above.fontSize());
            if (!close || !same) {
                break;
            }
            text.append(' ').append(PrintedText.clean(next.text()));
        }
        return text.toString();
    }
}
