package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --owner}: a person of any joint owner, printed or resolved, named by the one name rule. */
class OwnerMatchTest {

    @Test
    void anyJointOwnerPrintedOrResolvedNamedInAnyCase() {
        OwnerMatch wood = new OwnerMatch("WOOD");
        assertTrue(wood.matches("A Smith/S Wood", null));
        assertTrue(wood.matches("A Smith and S Wood", null));
        assertTrue(wood.matches(null, "Sarah Wood"));
        assertFalse(wood.matches("Woodward", "Sam Woodward"));
        assertTrue(new OwnerMatch("sarah  wood").matches("Chair", "Ann Lee, Sarah Wood"));
        assertFalse(new OwnerMatch("sarah wood").matches("S Wood", null), "an initial is not the name it may stand for");
    }

    @Test
    void honorificsAndAccentsAreFoldedAsPeopleAndSearchFoldThem() {
        assertTrue(new OwnerMatch("Cllr Wood").matches("Councillor S Wood", null));
        assertTrue(new OwnerMatch("zoe hart").matches(null, "Zoë Hart"));
        assertFalse(new OwnerMatch("the").matches(null, "The Clerk"), "a name of no name word names no one");
    }
}
