package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerTextTest {

    private final OwnerText owners = new OwnerText(ActionVocabulary.standard());

    @Test
    void initialsNamesRolesAndJointOwners() {
        assertTrue(owners.isOwner("HP"));
        assertTrue(owners.isOwner("AC-S"));
        assertTrue(owners.isOwner("MH/CC"));
        assertTrue(owners.isOwner("Kay Dicken/Heather Poustie/Clerk"));
        assertTrue(owners.isOwner("RJ + SB"));
        assertTrue(owners.isOwner("Clerk"));
        assertTrue(owners.isOwner("All"));
        assertTrue(owners.isOwner("Cllr Smith"));
        assertFalse(owners.isOwner("Complete"), "a status word");
        assertFalse(owners.isOwner("Clerk to place on website"), "a task");
        assertFalse(owners.isOwner("Deferred to the next meeting"));
    }

    @Test
    void ownerBeforeOrAfterTheTask() {
        assertEquals(Optional.of(new OwnerText.Split("Clerk", "place on website")), owners.leading("Clerk to place on website"));
        assertEquals(Optional.of(new OwnerText.Split("JB and MH", "report back")), owners.leading("JB and MH to report back"));
        assertEquals(Optional.empty(), owners.leading("Heather agreed to do this"), "narrative, not an owner and a task");
        assertEquals(Optional.of(new OwnerText.Split("Clerk", "Write to the council")),
                owners.trailing("Write to the council (Clerk)"));
        assertEquals(Optional.of(new OwnerText.Split("JB", "Circulate the paper")),
                owners.trailing("Circulate the paper – JB"));
        assertEquals(Optional.empty(), owners.trailing("Review the policy (see appendix 2)"));
    }

    /** Job titles name a role with its field: the role words' own home, qualified by capitalised words. */
    @Test
    void rolesNamedWithTheirField() {
        assertTrue(owners.isOwner("Head of Planning"));
        assertTrue(owners.isOwner("Director of Finance"));
        assertTrue(owners.isOwner("Democratic Services Officer"));
        assertTrue(owners.isOwner("the Finance Manager"));
        assertFalse(owners.isOwner("Members of the public"), "the field is capitalised words");
        assertFalse(owners.isOwner("Head of"), "no field");
        assertEquals(Optional.of(new OwnerText.Split("Head of Planning",
                        "circulate the appeal decision letters to Members by 31 March 2023.")),
                owners.leading("The Head of Planning to circulate the appeal decision letters to Members by 31 March 2023."),
                "the article is no part of the role");
    }
}
