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

    /**
     * A bold header over numbered rows: an agenda's subjects with their one-sentence descriptions
     * and a bold section heading among them are a grid; minutes' discussion paragraphs under
     * "Item | Discussion | Action" are no table.
     */
    @Test
    void aHeadedNumberedAgendaIsAGridMinutesDiscussionIsNot() {
        List<StreamRow> agenda = new ArrayList<>(List.of(
                row(100, true, "Item", "Subject", "Page Nos."),
                row(114, false, "1.", "Apologies for Absence To receive apologies.", ""),
                row(128, false, "2.", "Minutes To approve as a correct record the minutes of the last meeting.", "3 - 5"),
                row(142, true, "", "OTHER BUSINESS", ""),
                row(156, false, "3.", "Work Programme To consider and approve the work programme.", "37 - 38"),
                row(170, false, "4.", "Date of Next Meeting", "")));
        String discussion = "The Director of Finance presented the month six position and explained that the"
                + " overspend in the acute division had grown since the last report, driven by agency staffing"
                + " and drugs costs; the Board asked for a recovery plan.";
        List<StreamRow> minutes = List.of(row(100, true, "Item", "Discussion", "Action"),
                row(114, false, "1.", discussion, "DoF"), row(128, false, "2.", discussion, ""),
                row(142, false, "3.", discussion, "CEO"), row(156, false, "4.", discussion, ""));

        assertTrue(new StreamTableCheck().isTable(agenda, 3));
        assertFalse(new StreamTableCheck().isTable(minutes, 3));
    }

    private static StreamRow row(float top, boolean bold, String... cells) {
        return new StreamRow(List.of(cells), top, top + 10, bold, 1);
    }
}
