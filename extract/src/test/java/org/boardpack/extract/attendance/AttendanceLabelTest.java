package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class AttendanceLabelTest {

    /** A line of words; "|" marks a column gap. */
    private static TextLine line(String text) {
        List<Word> words = new ArrayList<>();
        float x = 60;
        for (String w : text.split(" ")) {
            if (w.equals("|")) {
                x += 40;
                continue;
            }
            words.add(new Word(w, x, 92, x + 5 * w.length(), 100, "Helvetica", 10, false));
            x += 5 * w.length() + 3;
        }
        return new TextLine(words);
    }

    /** Each label of a line as "KIND:rest". */
    private static List<String> labels(String text) {
        return AttendanceLabel.all(line(text)).stream()
                .map(l -> l.kind() + ":" + TextLine.join(l.rest())).toList();
    }

    @Test
    void aLabelIsFollowedByAColonASemicolonACountAGapOrNothing() {
        assertEquals(List.of("PRESENT:Cllr A Smith"), labels("PRESENT: Cllr A Smith"));
        assertEquals(List.of("PRESENT:A Smith"), labels("Present; A Smith"));
        assertEquals(List.of("PRESENT:Vice Chair Tran"), labels("Present (7): Vice Chair Tran"));
        assertEquals(List.of("ATTENDING:Amanda Glew"), labels("In attendance | Amanda Glew"));
        assertEquals(List.of("APOLOGIES:"), labels("Apologies for Absence"));
        assertEquals(List.of("PRESENT:Cllrs A Smith and B Jones"), labels("PRESENT Cllrs A Smith and B Jones"));
    }

    @Test
    void aLabelFollowedByProseIsASentence() {
        assertEquals(List.of(), labels("Apologies for absence were received from Cllr Smith"));
        assertEquals(List.of(), labels("Members were reminded of the code of conduct"));
        assertEquals(List.of(), labels("Present were the chairman and two members"));
    }

    @Test
    void aRollCallsLabelsAndSeveralLabelsOnALine() {
        assertEquals(List.of("PRESENT:Commissioners A and B;", "ABSENT:Commissioner C."),
                labels("ROLL CALL: Present: Commissioners A and B; Absent: Commissioner C."));
        assertEquals(List.of("PRESENT:Oliver Laity", "IN_ATTENDANCE:Pete Osborne"),
                labels("Chaired by | Oliver Laity | Clerked by | Pete Osborne"));
        assertEquals(List.of("NONE:There were 4 members of the public present"),
                labels("Public Gallery: There were 4 members of the public present"));
    }

    @Test
    void aBracketedQualifierClosedByAColonIsPartOfTheLabel() {
        assertEquals(List.of("PRESENT:Dame Julia Frost"), labels("Present (voting): Dame Julia Frost"));
        assertEquals(List.of("PRESENT:"), labels("Present (non-voting):"));
        assertEquals(List.of("ATTENDING:Mark Heron"), labels("In attendance (officers): Mark Heron"));
        assertEquals(List.of("PRESENT:Ann Lee"), labels("Present (in person) : Ann Lee"));
        // a bracket followed by names with no colon is prose or a role, not a qualifier
        assertEquals(List.of(), labels("Present (voting) were Ann Lee and Bob Day"));
    }
}
