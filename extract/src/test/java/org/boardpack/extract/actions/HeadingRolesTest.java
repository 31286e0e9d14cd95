package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingRolesTest {

    @Test
    void aHeadingAskedAgainKeepsItsOwnRole() {
        HeadingRoles roles = HeadingRoles.standard();
        List<String> headings = List.of("BY WHOM", "Payee", "By when", "No.", "Payee", "BY WHOM", "No.", "By when");
        List<LogHeader.Role> got = headings.stream().map(roles::role).toList();
        // remembered answers are each heading's own, whatever was asked between
        assertEquals(Arrays.asList(LogHeader.Role.OWNER, null, LogHeader.Role.DUE, LogHeader.Role.REF, null,
                LogHeader.Role.OWNER, LogHeader.Role.REF, LogHeader.Role.DUE), got);
    }

    @Test
    void eachDocumentsMemoryAnswersAsTheVocabularyDoes() {
        ActionVocabulary words = ActionVocabulary.standard();
        for (String heading : List.of("Responsible", "Target date", "Progress", "Minute", "Payee")) {
            assertEquals(words.logRole(heading), new HeadingRoles(words).role(heading), heading);
        }
    }
}
