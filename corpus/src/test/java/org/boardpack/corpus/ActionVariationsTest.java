package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.junit.jupiter.api.Test;

/** The answers the action variations write follow the annotation guide for what they print. */
class ActionVariationsTest {

    private static final long SEED = 5;

    private static List<Action> actions(HouseStyle style, Variation v, ActionSource source) {
        return style.render(SEED, new Variations(Set.of(v))).answers().actions().stream()
                .filter(a -> a.source() == source).toList();
    }

    private static String text(HouseStyle style, Variation v) throws IOException {
        return String.join(" ", PdfPages.texts(style.render(SEED, new Variations(Set.of(v))).pdf()))
                .replaceAll("\\s+", " ");
    }

    @Test
    void aClosingActionLineAnswersTheParagraphsAboveIt() throws IOException {
        List<Action> plain = actions(HouseStyle.CHARITY, Variation.ACTION_DECISION_COLUMN, ActionSource.MINUTES);
        List<Action> closing = actions(HouseStyle.CHARITY, Variation.ACTION_CLOSING_LINE, ActionSource.MINUTES);
        String printed = text(HouseStyle.CHARITY, Variation.ACTION_CLOSING_LINE);
        assertEquals(plain.size(), closing.size());
        boolean longer = false;
        for (int i = 0; i < plain.size(); i++) {
            assertTrue(printed.contains("ACTION: " + closing.get(i).owner()), closing.get(i).owner());
            // the action's own paragraph closes the description, the item's paragraphs above it lead in
            assertTrue(closing.get(i).description().endsWith(plain.get(i).description()), closing.get(i).description());
            longer |= closing.get(i).description().length() > plain.get(i).description().length();
        }
        assertTrue(longer, "no action stands for more than its own paragraph");
    }

    @Test
    void aCarriedOverActionKeepsTheEarlierMeetingsDate() throws IOException {
        List<Action> carried = actions(HouseStyle.CHARITY, Variation.CARRIED_OVER_ACTION, ActionSource.MINUTES).stream()
                .filter(a -> !a.raised().equals(a.meeting().substring(a.meeting().lastIndexOf('/') + 1))).toList();
        assertEquals(1, carried.size());
        Action a = carried.getFirst();
        assertTrue(text(HouseStyle.CHARITY, Variation.CARRIED_OVER_ACTION)
                .contains(": " + a.description() + " (" + a.owner() + ")"));
        assertTrue(a.ownerName() != null);
    }

    @Test
    void aLogWithoutAnOwnerColumnNamesTheOwnerInTheAction() {
        List<Action> log = actions(HouseStyle.NHS, Variation.LOG_OWNER_IN_TEXT, ActionSource.ACTION_LOG);
        assertFalse(log.isEmpty());
        boolean before = false;
        for (Action a : log) {
            boolean leads = a.description().startsWith(a.owner() + " to ");
            assertTrue(leads || a.description().endsWith("(" + a.owner() + ")"), a.description());
            before |= leads;
        }
        assertTrue(before, "no owner is written before the task");
    }

    @Test
    void deadlinesInWordsHaveNoDateAndBareMonthsTheirMonth() {
        List<Action> log = actions(HouseStyle.NHS, Variation.LOG_DEADLINE_WORDS, ActionSource.ACTION_LOG);
        assertTrue(log.size() >= 3);
        for (Action a : log) {
            String printed = a.dueText();
            if (printed.equals("Ongoing") || printed.equals("Next meeting")) {
                assertNull(a.due(), printed);
            } else {
                assertTrue(a.due().matches("\\d{4}-\\d{2}"), printed);
                assertTrue(printed.matches("[A-Z][a-z]+( \\d{4})?"), printed);
            }
        }
        assertTrue(log.stream().anyMatch(a -> a.due() == null));
    }
}
