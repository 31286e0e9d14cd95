package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered lists laid out in columns are lists; numbered rows of figures are tables. */
class StreamTableCheckTest {

    private static List<StreamRow> rows(String[]... cells) {
        List<StreamRow> out = new ArrayList<>();
        float top = 100;
        for (String[] c : cells) {
            out.add(new StreamRow(List.of(c), top, top + 10, false, 1));
            top += 14;
        }
        return out;
    }

    @Test
    void anAgendaListWithTheClerksSignatureSweptInIsAList() {
        List<StreamRow> agenda = rows(new String[] {"Imran", "Underhill – Clerk to the Council", "Date: 5 November 2008"},
                new String[] {"1.", "APOLOGIES FOR ABSENCE", ""}, new String[] {"2.", "DECLARATIONS OF INTEREST", ""},
                new String[] {"3.", "MINUTES OF THE MEETING HELD", "ON 8TH OCTOBER 2008"},
                new String[] {"4.", "PUBLIC PARTICIPATION", ""}, new String[] {"5.", "FINANCE", ""},
                new String[] {"6.", "DATE OF NEXT MEETING", ""});
        assertTrue(StreamTableCheck.markerColumn(agenda));
        assertFalse(new StreamTableCheck().isTable(agenda, 3));
    }

    @Test
    void numberedRowsOfFiguresUnderAHeaderAreATable() {
        List<StreamRow> payments = rows(new String[] {"No.", "Payee", "Amount"},
                new String[] {"1.", "Greenway Landscapes", "£450.00"}, new String[] {"2.", "EDF Energy", "£1,250.00"},
                new String[] {"3.", "HMRC", "£310.20"}, new String[] {"4.", "Village Hall", "£250.00"});
        assertFalse(StreamTableCheck.markerColumn(payments));
    }

    /**
     * One rule for label/value blocks, ruled or not ({@link TitleBlocks}): a cover sheet set out by
     * whitespace whose values are mostly words is no table though one value is a number, as its
     * ruled print is none; values mostly figures make a grid.
     */
    @Test
    void anUnruledTitleBlockWithOneNumberAmongItsValuesIsNoTable() {
        List<StreamRow> cover = rows(new String[] {"Meeting", "Trust Board"}, new String[] {"Agenda item", "7"},
                new String[] {"Report title", "Estates Strategy"}, new String[] {"Report author", "Director of Finance"},
                new String[] {"Purpose", "For approval"});
        assertFalse(new StreamTableCheck().isTable(cover, 2));
        List<StreamRow> grants = rows(new String[] {"Village Hall", "£1,200"}, new String[] {"Scout Group", "£450"},
                new String[] {"Footpaths", "Nil"}, new String[] {"Allotments", "£300"});
        assertTrue(new StreamTableCheck().isTable(grants, 2));
    }
}
