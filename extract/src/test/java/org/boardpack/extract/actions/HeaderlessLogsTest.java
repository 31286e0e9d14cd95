package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.boardpack.extract.actions.LogHeader.Role;
import org.junit.jupiter.api.Test;

class HeaderlessLogsTest {

    private final HeaderlessLogs logs = new HeaderlessLogs(ActionVocabulary.standard(), new ActionDates());

    @Test
    void columnsToldByTheirCellsDatedNotesRaisedAndDueDatesTitlesAndOwnersAfterTheAction() {
        List<List<String>> rows = List.of(
                List.of("11", "27-Mar-19", "Primary Care Networks", "Develop a joint engagement plan with Healthwatch",
                        "Jane Smith", "Oct-19", "Open", "24.04.19 draft plan shared with Healthwatch for comment."),
                List.of("12", "24-Apr-19", "Care Alliance Update", "Report on the single point of access for services",
                        "Tom Brown", "Ongoing", "Open", "15.05.19 service specification in development with councils."),
                List.of("13", "24-Apr-19", "Estates Strategy", "Present a detailed report on capital funding and hubs",
                        "Chair", "March", "Closed", "17.06.19 report presented to the Board and noted."));
        LogHeader h = logs.inferred(rows).orElseThrow();
        assertEquals(new LogHeader(Map.of(Role.REF, 0, Role.RAISED, 1, Role.ITEM, 2, Role.DESCRIPTION, 3,
                Role.OWNER, 4, Role.DUE, 5, Role.STATUS, 6, Role.COMMENTS, 7)), h,
                "the notes are not the action though longest; the titles before the action are no owners");
    }

    @Test
    void referencesOfNumbersJoinedBySlashesAreTheRefNotTheItem() {
        List<List<String>> rows = List.of(
                List.of("TB/23/30", "06/07/2023", "Annual Report", "Publish the annual report and accounts on the website",
                        "Director of Corporate Affairs", "September 2023", "Complete"),
                List.of("TB/23/36", "07/09/2023", "Winter Plan", "Circulate the final winter plan to board members",
                        "Chief Operating Officer", "October 2023", "Closed"));
        LogHeader h = logs.inferred(rows).orElseThrow();
        assertEquals(0, h.columns().get(Role.REF));
        assertEquals(1, h.columns().get(Role.RAISED), "a date is no reference");
        assertEquals(2, h.columns().get(Role.ITEM));
    }

    @Test
    void aLogNamingItsOwnersInTheActionNeedsNoOwnerColumn() {
        List<List<String>> rows = List.of(
                List.of("34", "Health & Wellbeing Strategies", "Review the strategies to find commonalities (Jane Smith)",
                        "Next meeting", "Open"),
                List.of("35", "Primary Care Networks", "Tom Brown to report on the clinical directors' role",
                        "November", "Open"),
                List.of("36", "Care Alliance Update", "Consider Care Alliance attendance at Board meetings (Chair)",
                        "Dec 2022", "Closed"));
        LogHeader h = logs.inferred(rows).orElseThrow();
        assertEquals(2, h.columns().get(Role.DESCRIPTION));
        assertEquals(1, h.columns().get(Role.ITEM), "a column of titles before the action is its item");
        assertEquals(3, h.columns().get(Role.DUE), "deadlines in words and bare months are the deadline");
        assertTrue(!h.has(Role.OWNER));
    }
}
