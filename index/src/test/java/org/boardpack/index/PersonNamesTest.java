package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names compared as the index's name field analyses them. */
class PersonNamesTest {

    @Test
    void honorificsAccentsAndCaseAreFolded() {
        try (PersonNames names = new PersonNames()) {
            assertEquals(List.of("professor", "zoe", "hart"), names.terms("Prof. Zoë Hart"));
            assertTrue(names.matches("professor hart", "Prof Zoë Hart"));
            assertTrue(names.matches("Zoe", "Prof Zoë Hart"));
            assertTrue(names.matches("Cllr Jane Smith", "Councillor Jane Smith"));
        }
    }

    @Test
    void everyWordOfTheQueryMustBeInTheName() {
        try (PersonNames names = new PersonNames()) {
            assertFalse(names.matches("Jane Hart", "Prof Zoë Hart"));
            assertFalse(names.matches("Dr Zoe Hart", "Prof Zoë Hart"));
            assertFalse(names.matches("the", "Zoë Hart"), "a query without a name word matches no one");
            assertFalse(names.matches("Hart", null));
        }
    }
}
