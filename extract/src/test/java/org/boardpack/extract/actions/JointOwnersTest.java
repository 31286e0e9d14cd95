package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Joint owners as action logs print them, each apart; a single owner, a role or a group stays whole. */
class JointOwnersTest {

    @Test
    void jointOwnersAreSplitAtSlashesAmpersandsCommasAndAnd() {
        assertEquals(List.of("Ann Lee", "Raj Shah"), JointOwners.of("Ann Lee/Raj Shah"));
        assertEquals(List.of("Ann Lee", "Raj Shah"), JointOwners.of("Ann Lee & Raj Shah"));
        assertEquals(List.of("Ann Lee", "Raj Shah"), JointOwners.of("Ann Lee and Raj Shah"));
        assertEquals(List.of("AL", "RS"), JointOwners.of("AL, RS"));
        assertEquals(List.of("Chief Executive"), JointOwners.of("Chief Executive"));
        assertEquals(List.of("all members"), JointOwners.of("all members"));
        assertEquals(List.of(), JointOwners.of(" / "));
    }
}
