package org.boardpack.extract.documents;

import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * Whether a page ends a set of minutes as signed: a line records the end of the meeting, or of its
 * public part, at a time ({@code The meeting closed at 9.15 pm}, {@code The chairman closed the
 * public element of the meeting at 9.54 pm}), and the lines the chair signs the minutes on stand
 * under it ({@code Signed ...... Dated ......}, {@code Chairman ………… Dated …………}). Minutes signed as a true record end there, so the
 * pages after them are papers attached behind the minutes (a statement of accounts, a working
 * party's report), not more of the minutes, unless a paper cue of their own opens them. A close
 * without the signature may be followed by the meeting's confidential part, so it ends nothing.
 */
final class MinutesEnd {

    private static final Pattern SIGNED = Pattern.compile("(?i)^(?:" + Lexicon.alternation("minutes-signature") + "\\b"
            + "|(?:" + Lexicon.alternation("minutes-signature-roles") + ")\\s*[:.]?\\s*[._…‥]{4,})");

    private MinutesEnd() {
    }

    /** Whether the line records the close of the meeting, or of a part of it, at a time. */
    static boolean closes(TextLine line) {
        return MeetingClose.ofMeetingOrPart(PrintedText.clean(line.text()));
    }

    /** Whether one of lines {@code from} (inclusive) to {@code to} (exclusive) records a close. */
    static boolean closedWithin(List<TextLine> lines, int from, int to) {
        return lines.subList(Math.min(from, to), to).stream().anyMatch(MinutesEnd::closes);
    }

    /**
     * Whether the page holds nothing but signature lines ({@code Dated ……} carried over from the page
     * of the close): the end of signed minutes, not a paper behind them.
     */
    static boolean onlySignature(Page page) {
        List<TextLine> lines = page.bodyLines();
        return !lines.isEmpty() && lines.stream().allMatch(l -> SIGNED.matcher(PrintedText.clean(l.text())).find());
    }

    /** Whether the page closes the meeting and carries the signature lines under the close. */
    static boolean signedOff(Page page) {
        List<TextLine> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (closes(lines.get(i))) {
                return lines.subList(i + 1, lines.size()).stream()
                        .anyMatch(l -> SIGNED.matcher(PrintedText.clean(l.text())).find());
            }
        }
        return false;
    }
}
