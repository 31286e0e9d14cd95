package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two people printed without a separator between them: {@code Magda Atkins Lizzer Bradbury} in a
 * list of first-name-surname pairs, {@code Nachtigall Suthanthira} in a list of surnames. An
 * entry with exactly twice the words of the list's usual name, where at least three other names
 * have the usual length, that has their honorific and role, and whose halves are whole names (no
 * initials), is two people sharing the entry's honorific and role.
 */
final class DoubleNames {

    private DoubleNames() {
    }

    static List<PeopleList.Listed> split(List<PeopleList.Listed> people) {
        if (people.size() < 4) {
            return people;
        }
        Map<Integer, Integer> lengths = new HashMap<>();
        for (PeopleList.Listed p : people) {
            lengths.merge(words(p).length, 1, Integer::sum);
        }
        int usual = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (lengths.get(usual) < 3) {
            return people;
        }
        // the honorific and role most names of the usual length share: the group a double entry belongs to
        Map<List<String>, Integer> groups = new HashMap<>();
        for (PeopleList.Listed p : people) {
            if (words(p).length == usual) {
                groups.merge(Arrays.asList(p.person().honorific(), p.role()), 1, Integer::sum);
            }
        }
        List<String> typical = groups.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<PeopleList.Listed> out = new ArrayList<>();
        for (PeopleList.Listed p : people) {
            String[] w = words(p);
            boolean sameGroup = Arrays.asList(p.person().honorific(), p.role()).equals(typical);
            if (w.length != 2 * usual || p.initials() != null || !sameGroup) {
                out.add(p);
                continue;
            }
            Optional<PersonName> a = half(w, 0, usual);
            Optional<PersonName> b = half(w, usual, usual);
            if (a.isPresent() && b.isPresent()) {
                out.add(new PeopleList.Listed(new PersonName(p.person().honorific(), a.get().name()), p.role(), null, p.note()));
                out.add(new PeopleList.Listed(new PersonName(p.person().honorific(), b.get().name()), p.role(), null, p.note()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Optional<PersonName> half(String[] words, int from, int length) {
        String[] part = Arrays.copyOfRange(words, from, Math.min(words.length, from + length));
        if (part.length < length || Arrays.stream(part).anyMatch(w -> w.length() < 2 || w.endsWith("."))) {
            return Optional.empty();
        }
        return PersonName.parse(String.join(" ", part), true);
    }

    private static String[] words(PeopleList.Listed p) {
        return p.person().name().split(" ");
    }
}
