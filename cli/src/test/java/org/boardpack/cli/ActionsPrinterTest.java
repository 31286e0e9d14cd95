package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.app.register.LinkedAction;
import org.junit.jupiter.api.Test;

/** The register's table: an unknown value is shown as '-', never as the word null. */
class ActionsPrinterTest {

    @Test
    void anUpdateWithoutADateShowsADash() {
        LinkedAction a = new LinkedAction("board/A1", "Board", "board", "A1", null, "Write to the trust", "AB", null,
                "2021-01-05", null, null, ActionStatus.CLOSING, "Proposed for closure", null, false,
                List.of(new ActionUpdate(null, "Proposed for closure")), List.of(), List.of());
        StringWriter out = new StringWriter();
        new ActionsPrinter(new PrintWriter(out, true), 0).linked(List.of(a));
        assertFalse(out.toString().contains("null"), out.toString());
        assertTrue(out.toString().contains("- Proposed for closure"), out.toString());
    }
}
