package org.boardpack.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.pages.PageText;

/**
 * The acronyms one file defines, from the text of its pages (tables included, row by row), without
 * the initials printed after the people the file names: {@code Callum Rawcliffe (CR)} spells his
 * initials, not an acronym.
 */
final class PackAcronyms {

    private final AcronymFinder finder;

    PackAcronyms(AcronymFinder finder) {
        this.finder = finder;
    }

    List<AcronymPair> of(PackRecord pack) {
        Set<String> people = people(pack);
        Set<AcronymPair> pairs = new LinkedHashSet<>();
        for (PageText p : pack.pages() == null ? List.<PageText>of() : pack.pages()) {
            for (AcronymPair pair : finder.find(p.text())) {
                if (!people.contains(nameKey(pair.expansion()))) {
                    pairs.add(pair);
                }
            }
        }
        return new ArrayList<>(pairs);
    }

    private static Set<String> people(PackRecord pack) {
        Set<String> names = new HashSet<>();
        for (Attendance a : pack.attendance() == null ? List.<Attendance>of() : pack.attendance()) {
            if (a.name() != null) {
                names.add(nameKey(a.name()));
            }
        }
        for (Action a : pack.actions() == null ? List.<Action>of() : pack.actions()) {
            if (a.ownerName() != null) {
                names.add(nameKey(a.ownerName()));
            }
        }
        return names;
    }

    private static String nameKey(String name) {
        return String.join(" ", AcronymSpelling.words(name)).toLowerCase(Locale.ROOT);
    }
}
