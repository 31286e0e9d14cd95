package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class LineJoinTest {

    private static List<TextLine> lines(String... texts) {
        List<TextLine> out = new ArrayList<>();
        float y = 100;
        for (String t : texts) {
            List<Word> words = new ArrayList<>();
            float x = 60;
            for (String w : t.split(" ")) {
                words.add(new Word(w, x, y - 8, x + 5 * w.length(), y, "Helvetica", 10, false));
                x += 5 * w.length() + 3;
            }
            out.add(new TextLine(words));
            y += 13;
        }
        return out;
    }

    @Test
    void aNameIsNotEndedByItsInitialsAndARoleWrapsUntilTheNextHonorific() {
        assertEquals("Cllr A Eastwood; Cllr K I Castleton; Cllr W Hartigan",
                LineJoin.join(lines("Cllr A Eastwood; Cllr K", "I Castleton; Cllr W Hartigan")));
        assertEquals("Mr D T Penhaligon, Director of Nursing and Quality, West Downs Clinical Commissioning Group\nMr E Tennant",
                LineJoin.join(lines("Mr D T Penhaligon, Director of Nursing and Quality, West Downs",
                        "Clinical Commissioning Group", "Mr E Tennant")));
        assertEquals("Dr W Kershaw, Head of Service, WDCCG\nDr J Lloyd-Bennett, Assistant Director",
                LineJoin.join(lines("Dr W Kershaw, Head of Service,", "WDCCG", "Dr J Lloyd-Bennett, Assistant Director")));
    }

    @Test
    void aBreakInsideANameIsASpaceAndBetweenEntriesPrintedOneALineIsABreak() {
        assertEquals("Cllrs R Lester, P Rochford and J Raymond", LineJoin.join(lines("Cllrs R Lester, P Rochford and J", "Raymond")));
        assertEquals("Sara Strickler, President\nThushan Amarasiriwardena, Vice President",
                LineJoin.join(lines("Sara Strickler, President", "Thushan Amarasiriwardena, Vice President")));
        assertEquals("Cllrs Edwards, Bradbury\n3 electors and the clerk, Tom Brindley.",
                LineJoin.join(lines("Cllrs Edwards, Bradbury", "3 electors and the clerk, Tom Brindley.")));
        assertEquals("6 Commissioners present\nVice Chair Linton, Commissioner Roloff",
                LineJoin.join(lines("6 Commissioners present", "Vice Chair Linton, Commissioner Roloff")));
    }

    @Test
    void aNameBrokenAfterItsInitialsRunsOnOverTheBreak() {
        assertEquals("Cllr M Rawcliffe; Cllr K I Castleton; Cllr W Hartigan",
                LineJoin.join(lines("Cllr M Rawcliffe; Cllr K", "I Castleton; Cllr W Hartigan")));
        assertEquals("Cllr Y J Price-Jones and Cllr E N Radcliffe",
                LineJoin.join(lines("Cllr Y J Price-Jones and Cllr E", "N Radcliffe")));
        assertEquals("Bloggs J\nSmith K", LineJoin.join(lines("Bloggs J", "Smith K")),
                "a surname before its initial is a whole name: entries printed one a line stay apart");
    }

    @Test
    void aWordBrokenByAHyphenIsJoined() {
        assertEquals("Board Member Dianne Yamashiro-Omi", LineJoin.join(lines("Board Member Dianne Yamashiro-", "Omi")));
        assertEquals("Director of Commissioning", LineJoin.join(lines("Director of Commis-", "sioning")));
    }

    @Test
    void aRoleWrapsOverALineAndANextHonorificStartsAnEntry() {
        assertEquals("Mr D T Penhaligon, Director of Nursing, West Downs Clinical Commissioning Group\nMr E Tennant, JSNA Manager",
                LineJoin.join(lines("Mr D T Penhaligon, Director of Nursing, West Downs", "Clinical Commissioning Group",
                        "Mr E Tennant, JSNA Manager")));
        assertEquals("Dr W Kershaw, Head of Redesign, WDCCG\nDr J Lloyd-Bennett, Assistant Director",
                LineJoin.join(lines("Dr W Kershaw, Head of Redesign,", "WDCCG", "Dr J Lloyd-Bennett, Assistant Director")));
    }
}
