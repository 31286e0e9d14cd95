package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesShapeTest {

    private static final List<String> HEADER = List.of("Item", "Minute", "Action", "Lead", "Deadline");

    @Test
    void aMinuteColumnHoldingMoreTextThanTheActionsIsMinutes() {
        LogHeader header = LogHeader.of(HEADER, HeadingRoles.standard()).orElseThrow();
        assertTrue(MinutesShape.of(header, HEADER, List.of(
                List.of("1", "The committee reviewed the accounts to 31 January and asked for a variance analysis.",
                        "Circulate the analysis", "IJ", "March"))));
        assertFalse(MinutesShape.of(header, HEADER, List.of(
                List.of("1", "Accounts", "Circulate the variance analysis to members", "IJ", "March"))),
                "a log's item column names the topic beside a longer action");
    }
}
