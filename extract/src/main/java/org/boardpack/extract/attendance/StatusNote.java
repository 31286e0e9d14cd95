package org.boardpack.extract.attendance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.attendance.AttendanceStatus;

/**
 * A note of one person's attendance in informal minutes: a name, then words giving that person's
 * status ({@code Cate not here}, {@code Cllr H C Kenward not here}, {@code George apologies},
 * {@code Cllr M Bramhall sent apologies}). Absence words come from the {@code absence-notes}
 * vocabulary, apology verbs from {@code apology-verbs}. The name is a few words a list's parser
 * reads as one person; notes are set one a line or parted by commas, so a line of notes is no
 * list of names and is read note by note.
 */
final class StatusNote {

    private static final Pattern ABSENT = Pattern.compile(
            "^(?<name>\\p{Lu}.*?)\\s+(?:is\\s+|was\\s+)?" + Lexicon.alternation("absence-notes") + "\\b.*$");
    private static final Pattern APOLOGIES = Pattern.compile(
            "^(?<name>\\p{Lu}.*?)\\s+(?:" + Lexicon.alternation("apology-verbs") + "\\s+)?(?:their\\s+|his\\s+|her\\s+)?"
                    + "apolog(?:y|ies)\\b.*$");
    /** A note names one person in a few words: longer, the words before the status are a sentence. */
    private static final int NAME_WORDS = 4;

    /** One note: the name as printed before the status words, and the status they give. */
    record Note(String name, AttendanceStatus status) {
    }

    private StatusNote() {
    }

    /** The note one comma-separated part of a line makes, if it is one. */
    static Optional<Note> of(String part) {
        String text = part.strip();
        for (Pattern p : new Pattern[] {ABSENT, APOLOGIES}) {
            Matcher m = p.matcher(text);
            if (m.matches() && m.group("name").split("\\s+").length <= NAME_WORDS && names(m.group("name"))) {
                return Optional.of(new Note(m.group("name"),
                        p == ABSENT ? AttendanceStatus.ABSENT : AttendanceStatus.APOLOGIES));
            }
        }
        return Optional.empty();
    }

    /** Whether a line opens with a note ({@code Cllr M Bramhall apologies}): not a line of a names list. */
    static boolean opens(String line) {
        return of(line.split("[,;]")[0]).isPresent();
    }

    private static boolean names(String name) {
        return PeopleList.parse(name).size() == 1
                || name.matches("\\p{Lu}[\\p{Ll}’'-]+") && PersonName.parse(name, true).isPresent();
    }
}
