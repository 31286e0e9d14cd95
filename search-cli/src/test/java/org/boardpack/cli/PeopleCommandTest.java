package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code boardpack people}: a person found by surname, full name or with honorific, with every
 * attendance and every action they own in the index; a surname several people share lists each.
 */
class PeopleCommandTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    /** An owner with a printed honorific: the hardest case, since action logs print none. */
    private JsonNode ownerWithHonorific() {
        Map<String, String> honorifics = new HashMap<>();
        corpus.records("attendance").forEach(a -> {
            if (!a.get("honorific").isNull()) {
                honorifics.putIfAbsent(a.get("name").asText(), a.get("honorific").asText());
            }
        });
        for (JsonNode a : corpus.records("actions")) {
            if (!a.get("owner_name").isNull() && honorifics.containsKey(a.get("owner_name").asText())) {
                return attendanceOf(a.get("owner_name").asText());
            }
        }
        throw new AssertionError("the corpus has an action owned by someone printed with an honorific");
    }

    private JsonNode attendanceOf(String name) {
        for (JsonNode a : corpus.records("attendance")) {
            if (a.get("name").asText().equals(name) && !a.get("honorific").isNull()) {
                return a;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void aPersonIsFoundByFullNameOrWithHonorificWithAllTheirAttendanceAndActions() {
        JsonNode person = ownerWithHonorific();
        String name = person.get("name").asText();
        String honorific = person.get("honorific").asText();
        long attended = corpus.records("attendance").stream().filter(a -> a.get("name").asText().equals(name)).count();
        long owned = corpus.records("actions").stream().filter(a -> name.equals(a.get("owner_name").asText())
                || name.equals(a.get("owner").asText())).count();
        assertTrue(owned > 0);
        for (String query : List.of(name, honorific + " " + name, name.toUpperCase())) {
            JsonNode found = corpus.json("people", query, "--json");
            assertEquals(1, found.get("people").size(), query + ": " + found);
            JsonNode p = found.get("people").get(0);
            assertEquals(name, p.get("name").asText());
            assertEquals(honorific, p.get("honorific").asText());
            assertEquals(attended, p.get("attendance").size(), query);
            assertEquals(owned, p.get("actions").size(), query);
        }
    }

    @Test
    void anActionGivenToTwoPeopleIsEachOnesNotAThirdPersons() {
        JsonNode joint = corpus.records("actions").stream()
                .filter(a -> a.get("owner").asText().contains("/"))
                .findFirst().orElseThrow(() -> new AssertionError("the corpus has an action owned jointly"));
        String printed = joint.get("owner").asText();
        for (String owner : printed.split("/")) {
            JsonNode found = corpus.json("people", owner.strip(), "--json").get("people");
            List<String> named = new java.util.ArrayList<>();
            found.forEach(p -> named.add(p.get("name").asText()));
            assertTrue(named.contains(owner.strip()), owner + ": " + named);
            assertTrue(named.stream().noneMatch(n -> n.contains("/")), "no person is named " + printed + ": " + named);
            JsonNode person = null;
            for (JsonNode p : found) {
                if (p.get("name").asText().equals(owner.strip())) {
                    person = p;
                }
            }
            boolean owns = false;
            for (JsonNode a : person.get("actions")) {
                owns |= a.get("owner").asText().equals(printed) && a.get("description").equals(joint.get("description"));
            }
            assertTrue(owns, owner + " owns the joint action: " + person);
        }
    }

    @Test
    void aSurnameSharedBySeveralPeopleListsEachApart() {
        Map<String, Set<String>> bySurname = new HashMap<>();
        corpus.records("attendance").forEach(a -> {
            String n = a.get("name").asText();
            bySurname.computeIfAbsent(n.substring(n.lastIndexOf(' ') + 1), k -> new TreeSet<>()).add(n);
        });
        String surname = bySurname.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonNode found = corpus.json("people", surname, "--json");
        Set<String> names = new TreeSet<>();
        found.get("people").forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.containsAll(bySurname.get(surname)), names + " ⊇ " + bySurname.get(surname));
        String out = corpus.run("people", surname).out();
        assertTrue(out.startsWith("'" + surname + "' matches " + found.get("people").size() + " people: "), out);
    }

    @Test
    void bodyAndDatesNarrowTheMeetingsListed() {
        JsonNode person = ownerWithHonorific();
        String name = person.get("name").asText();
        JsonNode all = corpus.json("people", name, "--json").get("people").get(0);
        String body = person.get("meeting").asText().substring(0, person.get("meeting").asText().indexOf('/'));
        JsonNode ofBody = corpus.json("people", name, "--body", body, "--json").get("people").get(0);
        ofBody.get("attendance").forEach(a -> assertTrue(a.get("meeting").asText().startsWith(body + "/")));
        assertTrue(ofBody.get("attendance").size() <= all.get("attendance").size());
        JsonNode nowhere = corpus.json("people", name, "--from", "1990", "--to", "1990", "--json");
        assertEquals(0, nowhere.get("people").size());
        assertTrue(corpus.run("people", name, "--from", "1990", "--to", "1990").out().startsWith("No one named"));
    }

    @Test
    void theHumanOutputHasAttendanceAndActionTables() {
        JsonNode person = ownerWithHonorific();
        String out = corpus.run("people", person.get("name").asText()).out();
        assertTrue(out.startsWith(person.get("honorific").asText() + " " + person.get("name").asText() + "\n"), out);
        assertTrue(out.contains("Attendance (") && out.contains("Actions owned ("), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("meeting\\s+date\\s+status\\s+role")), out);
        assertTrue(out.contains(person.get("meeting").asText()), out);
    }
}
