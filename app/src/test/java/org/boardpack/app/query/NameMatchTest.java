package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.index.PersonNames;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.junit.jupiter.api.Test;

/** The one name rule, and {@code people} and {@code actions --owner} giving the same answers by it. */
class NameMatchTest {

    @Test
    void everyWordGivenMustBeAWordOfTheNameAsTheNameFieldReadsWords() {
        NameMatch hodgson = NameMatch.of("hodgson");
        assertTrue(hodgson.names("Mayor Dave Hodgson"));
        assertTrue(NameMatch.of("Mayor Dave Hodgson").names("Mayor Dave Hodgson"));
        assertTrue(NameMatch.of("Dave").names("Dave Hodgson"), "a first name is a word of the name");
        assertFalse(NameMatch.of("Jane Hart").names("Prof Zoë Hart"));
        assertFalse(NameMatch.of("Wood").names("Sam Woodward"), "words, not prefixes");
        assertFalse(hodgson.names(null));
        assertTrue(NameMatch.of("  ").isEmpty());
    }

    @Test
    void aJointOwnerNamesEachOfItsPeople() {
        assertEquals(List.of("Raj Shah"), NameMatch.of("shah").ownersNamed("Ann Lee/Raj Shah"));
        assertEquals(List.of("Raj Shah"), NameMatch.of("shah").ownersNamed("Ann Lee, Raj Shah"));
        assertEquals(List.of(), NameMatch.of("shah").ownersNamed(null));
    }

    /** For each (name given, owner), whether {@code people} lists the action and whether {@code --owner} keeps it. */
    @Test
    void peopleAndOwnerFilterAgreeOnEveryOwner() {
        List<String> given = List.of("wood", "Sarah Wood", "sarah", "cllr wood", "Woodward", "zoe", "lee", "Raj Shah", "the");
        List<String> owners = List.of("Sarah Wood", "S Wood", "Councillor Sarah Wood", "Sam Woodward", "Zoë Hart",
                "Ann Lee/Raj Shah", "Ann Lee, Sarah Wood", "Chair");
        RecordContext at = new RecordContext("board/2021-01-05", "Board", "2021-01-05", "a.pdf", 2);
        try (PersonNames names = new PersonNames()) {
            for (String g : given) {
                for (String o : owners) {
                    for (boolean resolved : List.of(true, false)) {
                        Action a = new Action(ActionSource.ACTION_LOG, "board/2021-01-05", "A1", null, "Write",
                                resolved ? "XX" : o, resolved ? o : null, null, null, ActionStatus.OPEN, null, List.of(), 3);
                        boolean listed = !new PeopleFinder(names).find(g, List.of(), List.of(new RecordRow<>(at, a))).isEmpty();
                        boolean kept = new OwnerMatch(g).matches(a.owner(), a.ownerName());
                        assertEquals(kept, listed, "'" + g + "' and " + (resolved ? "resolved " : "printed ") + o);
                    }
                }
            }
        }
    }
}
