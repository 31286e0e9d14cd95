package org.boardpack.corpus.charity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.people.Person;
import org.junit.jupiter.api.Test;

class ActionOwnersTest {

    @Test
    void jointOwnersResolveEachAndSharedInitialsNoOne() {
        Person graham = new Person(null, "Graham", "Dunmore", "Trustee", null);
        Person carys = new Person(null, "Carys", "Merriman", "Trustee", null);
        Person gemma = new Person(null, "Gemma", "Doyle", "Trustee", null);
        Person bethan = new Person(null, "Bethan", "Penhaligon", "Trustee", null);
        List<Person> all = List.of(graham, carys, gemma, bethan);
        java.util.Map<String, String> unique = java.util.Map.of("CM", "Carys Merriman", "BP", "Bethan Penhaligon");
        ActionOwners owners = new ActionOwners(all, List.of(), false);
        boolean joint = false;
        boolean both = false;
        Rng rng = new Rng(14);
        for (int i = 0; i < 400; i++) {
            ActionOwners.Owner o = owners.owner(rng, all);
            if (!o.printed().contains("/")) {
                continue;
            }
            joint = true;
            // GD is Graham's and Gemma's: it names no one; CM and BP name one person each
            List<String> names = java.util.Arrays.stream(o.printed().split("/"))
                    .filter(unique::containsKey).map(unique::get).toList();
            both |= names.size() == 2;
            assertEquals(names.isEmpty() ? null : String.join(", ", names), o.name(), o.printed());
        }
        assertTrue(joint && both, "some owners are joint, some of them both resolved");
    }
}
