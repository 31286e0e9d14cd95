package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --owner}: a person in full or by surname, among joint owners as the one joint-owner rule splits them. */
class OwnerMatchTest {

    @Test
    void fullNameOrSurnameOfAnyJointOwnerInAnyCase() {
        OwnerMatch wood = new OwnerMatch("WOOD");
        assertTrue(wood.matches("A Smith/S Wood", null));
        assertTrue(wood.matches("A Smith and S Wood", null));
        assertTrue(wood.matches(null, "Sarah Wood"));
        assertFalse(wood.matches("Woodward", "Sam Woodward"));
        assertTrue(new OwnerMatch("sarah  wood").matches("Chair", "Ann Lee, Sarah Wood"));
        assertFalse(new OwnerMatch("sarah").matches(null, "Sarah Wood"), "a first name alone is not an owner");
    }
}
