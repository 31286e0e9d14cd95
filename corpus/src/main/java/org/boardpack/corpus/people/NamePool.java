package org.boardpack.corpus.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.corpus.Rng;

/**
 * Invented British names. None of the seed packs' people are reused; the pools mix common and
 * less common names and include double-barrelled surnames because initials like {@code ME-R}
 * are a case an extractor must handle.
 */
public final class NamePool {

    private static final List<String> FEMALE = List.of("Alison", "Amara", "Bethan", "Carys", "Charlotte",
            "Deborah", "Eleanor", "Fiona", "Gemma", "Harriet", "Imogen", "Joanne", "Kiran", "Lesley", "Mairead",
            "Nadia", "Olwen", "Priya", "Rachel", "Sunita", "Tamsin", "Ursula", "Vanessa", "Yasmin", "Zoe",
            "Helen", "Margaret", "Shabnam", "Catriona", "Louise");
    private static final List<String> MALE = List.of("Adrian", "Bilal", "Callum", "Declan", "Edward", "Fraser",
            "Gareth", "Hamish", "Imran", "Jonathan", "Kwame", "Lewis", "Malcolm", "Neil", "Owain", "Philip",
            "Rajesh", "Stuart", "Tobias", "Vikram", "William", "Graham", "Nigel", "Colin", "Derek", "Andrew",
            "Timothy", "Rupert", "Ifeanyi", "Martin");
    private static final List<String> FAMILY = List.of("Ashworth", "Bannerman", "Chaudhry", "Dunmore", "Ellery",
            "Fairweather", "Gallagher", "Hartigan", "Iqbal", "Jephcott", "Kenward", "Lomax", "Macready", "Nwosu",
            "Okafor", "Pemberton", "Quayle", "Rawcliffe", "Sandhu", "Thorneycroft", "Underhill", "Varley",
            "Whitlock", "Yardley", "Abernethy", "Bramhall", "Cottrell", "Dewhurst", "Eastwood", "Fenwick",
            "Goodall", "Holloway", "Ingham", "Kershaw", "Lindqvist", "Merriman", "Naylor", "Oduya", "Prendergast",
            "Radcliffe", "Stansfield", "Tennant", "Wainwright", "Blackwood", "Castleton", "Hollis", "Mistry",
            "Penhaligon", "Sowerby", "Tolland", "Ward-Hughes", "Lloyd-Bennett", "Carter-Shaw", "Price-Jones");

    private final Rng rng;
    private final Set<String> usedFamilies = new HashSet<>();

    /** One pool per pack, so a surname appears once in a pack and initials stay resolvable. */
    public NamePool(Rng rng) {
        this.rng = rng;
    }

    /** A person with a full forename, for NHS style lists. */
    public Person forename(String honorific, String role) {
        String given = rng.chance(0.5) ? rng.pick(FEMALE) : rng.pick(MALE);
        return new Person(honorific, given, family(), role, null);
    }

    /** A person with initials for a forename ({@code B J Spurr}), for council style lists. */
    public Person initialled(String honorific, String role) {
        String first = String.valueOf((char) ('A' + rng.between(0, 25)));
        if ("IQUXZ".contains(first)) {
            first = "M";
        }
        String given = rng.chance(0.2) ? first + " " + (char) ('A' + rng.between(0, 22)) : first;
        return new Person(honorific, given, family(), role, null);
    }

    public String honorificForCouncillor() {
        return rng.chance(0.25) ? rng.pick("Cllr Mrs", "Cllr Dr", "Cllr Mrs") : "Cllr";
    }

    public String honorificForOfficer() {
        return rng.pick("Mr", "Mrs", "Ms", "Mrs", "Mr", "Dr");
    }

    private String family() {
        for (int attempt = 0; attempt < 200; attempt++) {
            String f = rng.pick(FAMILY);
            if (usedFamilies.add(f)) {
                return f;
            }
        }
        throw new IllegalStateException("name pool exhausted");
    }

    /**
     * Gives everyone printed initials, unique within the list: forename and surname initials,
     * {@code ME-R} for a double-barrelled surname, and a third letter where two would clash.
     */
    public static List<Person> withInitials(List<Person> people) {
        Set<String> used = new HashSet<>();
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            String fam = p.family();
            String base = fam.contains("-")
                    ? "" + p.given().charAt(0) + fam.charAt(0) + "-" + fam.charAt(fam.indexOf('-') + 1)
                    : "" + p.given().charAt(0) + fam.charAt(0);
            String initials = used.contains(base) ? base + Character.toUpperCase(fam.charAt(1)) : base;
            used.add(initials);
            out.add(new Person(p.honorific(), p.given(), p.family(), p.role(), initials));
        }
        return out;
    }
}
