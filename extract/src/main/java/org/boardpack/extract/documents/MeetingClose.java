package org.boardpack.extract.documents;

import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The line minutes record the end of the meeting on, with its time: {@code The meeting closed at
 * 9.15 pm}, {@code The Chairman declared the meeting closed at 21:40}, and the council form that
 * says both ends in a note, {@code (Note: The meeting commenced at 2.00 p.m. and concluded at
 * 3.40 p.m.)}. The close of a part of the meeting ({@code The chairman closed the public element
 * of the meeting at 9.54 pm}) is told apart: the confidential part may follow it.
 */
public final class MeetingClose {

    /** An opening bracket and a {@code Note:} label before the sentence. */
    private static final String NOTE = "^[(\\[\\s]*(?:note\\s*[:.–-]?\\s*)?";
    private static final String CLOSE_WORDS = "(?:the\\s+)?(?:chair(?:man|person)?\\s+)?" + Lexicon.alternation("meeting-close") + "\\b"
            + "|(?:the\\s+)?meeting\\s+(?:commenced|started|began|opened)\\s+at\\s+.{1,30}?\\s+and\\s+"
            + "(?:concluded|closed|ended|finished|terminated)\\b";
    private static final Pattern MEETING = Pattern.compile("(?i)" + NOTE + "(?:" + CLOSE_WORDS + ").*\\d");
    private static final Pattern PART = Pattern.compile("(?i)\\bclosed\\s+the\\s+(?:[\\w-]+\\s+){1,2}of\\s+the\\s+meeting\\b.*\\d");

    private MeetingClose() {
    }

    /** Whether the line records the close of the meeting at a time. */
    public static boolean ofMeeting(String text) {
        return MEETING.matcher(text.strip()).find();
    }

    /** Whether the line records the close of the meeting, or of a part of it, at a time. */
    public static boolean ofMeetingOrPart(String text) {
        return ofMeeting(text) || PART.matcher(text.strip()).find();
    }
}
