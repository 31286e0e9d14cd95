package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of people as minutes print it after a label or in a sentence:
 * {@code Cllrs R Lester (Chairman), D Bonner and J Raymond},
 * {@code Chair Soules, Vice Chair Yuen and Commissioners Johnson, Kohlstrand},
 * {@code 1 elector (for part of the meeting) and the clerk, Mr G Irwin},
 * {@code Holly Packer (HP) (Chairing), Rohit Jose (RJ) (Minuting)}.
 * <ul>
 * <li>Entries are separated by commas, semicolons, "and"/"&amp;", full stops, line breaks
 * ({@code \n}) or only a closing bracket ({@code Haidy Blake (Chairman) Gary O'Leary}).</li>
 * <li>A plural honorific ({@code Cllrs}) or plural title ({@code Commissioners}) gives each
 * following name of its group the singular; a title before one name is its role.</li>
 * <li>Brackets and dash-attached text are initials (when they spell the name), a role
 * (capitalised, or an office title), a reason for absence, or a note (other lower-case text);
 * a bracket printed once after a group of names gives its role to each.</li>
 * <li>Counts ({@code 3 electors}, {@code 10 members of the public}) are nobody; {@code the clerk}
 * before a name is that person's role; a capitalised entry that is no person after one who is
 * is comma-attached role text ({@code Sara Strickler, President}).</li>
 * </ul>
 * Entries that are not people are left out, so a sentence that names nobody gives nothing.
 */
final class PeopleList {

    /** One listed person: name, role, initials as printed, and a note (reason, "excused") if any. */
    record Listed(PersonName person, String role, String initials, String note) {
        Listed withRole(String r) {
            return new Listed(person, r, initials, note);
        }

        Listed withNote(String n) {
            return new Listed(person, role, initials, note == null ? n : note + "; " + n);
        }
    }

    private static final Pattern COUNT = Pattern.compile(
            "(?i)^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|a few"
                    + "|a number of|over \\d+|around \\d+|about \\d+)\\s+\\S.*$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$");
    private static final Pattern IN_THE_CHAIR = Pattern.compile("^(.+?)\\s+in\\s+the\\s+(Chair|chair)$");
    private static final Pattern LEADING_LOWER = Pattern.compile("^((?:\\p{Ll}[\\p{L}’'-]*\\s*)+)[:,]?\\s*(.*)$");
    private static final Pattern THE_ROLE = Pattern.compile("^(?i:the)\\s+(.+?)\\s*(?:[:,]\\s*(.*))?$");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+|(?<=\\p{Ll})[–—-]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[●•▪◦·○■□➢►*-]\\s*|^o\\s+(?=\\p{Lu})");
    /** A word that starts a trailing clause after the name: {@code for part of the meeting}. */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            "\\s+(?:(?:were|was|are|is|had|has|have|who|for|as|from|until|joined|left|arrived|attended|attending"
                    + "|after|before|due|because|owing|following|present|absent|substituting|substituted|representing|deputising|on)\\b.*)$");

    private PeopleList() {
    }

    static List<Listed> parse(String text) {
        if (!text.chars().anyMatch(Character::isLowerCase) && text.chars().filter(Character::isLetter).count() > 3) {
            // "PRESENT: CLLR A SMITH, CLLR B JONES": a list set in capitals is read in title case
            text = titleCase(text);
        }
        List<Entry> entries = Entries.split(text);
        boolean singleWords = singleWordList(entries);
        State state = new State();
        List<Listed> out = new ArrayList<>();
        for (Entry e : entries) {
            state.separator = e.separator();
            // a line break or a semicolon ends a comma-attached role: "Lucy Fox, Chief Executive (LF); Sam Reed, minutes"
            state.roleOpen &= !e.separator().equals("\n") && !e.separator().strip().equals(";");
            read(e.text(), state, out, singleWords);
        }
        return DoubleNames.split(out);
    }

    /** One entry as a whole (a row of a list printed one person a row): its role may hold commas and "and". */
    static Optional<Listed> single(String text) {
        List<Listed> out = new ArrayList<>();
        read(text, new State(), out, false);
        return out.size() == 1 ? Optional.of(out.getFirst()) : Optional.empty();
    }

    /** Whether most entries are one capitalised word each: a list of first names or surnames. */
    private static boolean singleWordList(List<Entry> entries) {
        long single = entries.stream().map(e -> clean(e.text()))
                .filter(t -> t.matches("\\p{Lu}[\\p{L}’'-]+") && !ListWords.isRole(t)).count();
        return single >= 2 && single * 2 > entries.size();
    }

    /** What the entries read so far hand on to the next: group honorific and role, a role said before a name. */
    private static final class State {
        String groupHonorific;
        String groupRole;
        String pendingRole;
        /** Whether the entry before was a person (so a bare title or organisation is that person's role). */
        boolean afterPerson;
        /** Whether that person's role was dash- or comma-attached, so that it may run on after a comma. */
        boolean roleOpen;
        /**
         * Whether a title was just comma-attached to that person ({@code Mrs M B Cottrell, Director,}):
         * what follows the next comma is more likely the title's organisation than a name with a descriptor.
         */
        boolean titleAttached;
        /** Index in the output where the current run of names without role or bracket starts. */
        int runStart;
        /** The separator printed before the entry being read. */
        String separator = ", ";

        void reset(int size) {
            groupHonorific = null;
            groupRole = null;
            afterPerson = false;
            roleOpen = false;
            runStart = size;
        }
    }

    private static void read(String raw, State state, List<Listed> out, boolean singleWords) {
        String t = clean(raw);
        if (t.isEmpty()) {
            return;
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            String inner = t.substring(1, t.length() - 1).strip();
            if (!inner.contains("(") && PersonName.parse(DASH.split(inner, 2)[0].strip()).isPresent()) {
                t = inner;
            } else {
                if (state.afterPerson) {
                    out.set(out.size() - 1, bracket(out.getLast(), inner));
                }
                return;
            }
        }
        Matcher honours = TRAILING_BRACKET.matcher(t);
        if (PersonName.isPostNominal(t) || honours.matches() && PersonName.isPostNominal(honours.group(1))) {
            // "Dr Jane Doe, FRCP (Chair)": honours after the comma name no one; a bracket after them is the person's
            if (honours.matches() && state.afterPerson) {
                out.set(out.size() - 1, bracket(out.getLast(), honours.group(2)));
            }
            return;
        }
        if (COUNT.matcher(t).matches()) {
            state.reset(out.size());
            state.pendingRole = null;
            return;
        }
        String role = null;
        Matcher chair = IN_THE_CHAIR.matcher(t);
        if (chair.matches()) {
            t = chair.group(1);
            role = "Chair";
        }
        Matcher the = THE_ROLE.matcher(t);
        if (the.matches() && ListWords.isRole(the.group(1))) {
            state.reset(out.size());
            String rest = the.group(2) == null ? "" : the.group(2).strip();
            if (rest.isEmpty()) {
                state.pendingRole = the.group(1);
                return;
            }
            role = the.group(1);
            t = rest;
        } else if (Character.isLowerCase(t.charAt(0))) {
            // "residents Martin Jack", "clerk: Tom Brindley": words before the name describe it
            Matcher lower = LEADING_LOWER.matcher(t);
            if (!lower.matches()) {
                return;
            }
            String words = lower.group(1).strip();
            state.reset(out.size());
            t = lower.group(2).strip();
            if (ListWords.isRole(words)) {
                if (t.isEmpty()) {
                    state.pendingRole = words;
                    return;
                }
                role = words;
            }
            if (t.isEmpty()) {
                return;
            }
        }
        Matcher noted = TRAILING_BRACKET.matcher(t);
        if (noted.matches() && ListWords.isRole(noted.group(1)) && state.afterPerson && out.getLast().role() == null) {
            // "Anita Battle, Board Member (excused)": the title is the role, the bracket a note
            out.set(out.size() - 1, bracket(out.getLast().withRole(noted.group(1)), noted.group(2)));
            return;
        }
        if (ListWords.isRole(t) && Character.isUpperCase(t.charAt(0))) {
            // "Sara Strickler, President": a title after a name is that name's role
            if (state.afterPerson && out.getLast().role() == null) {
                out.set(out.size() - 1, out.getLast().withRole(t));
                state.runStart = out.size();
                state.titleAttached = true;
            } else {
                state.pendingRole = t;
            }
            return;
        }
        boolean titled = role != null;
        Optional<ListWords.Prefix> plural = ListWords.pluralHonorific(t);
        if (plural.isPresent()) {
            state.reset(out.size());
            state.groupHonorific = plural.get().title();
            t = plural.get().rest();
        }
        Optional<ListWords.Prefix> title = ListWords.rolePrefix(t);
        if (title.isPresent()) {
            ListWords.Prefix p = title.get();
            String honorific = state.groupHonorific;
            state.reset(out.size());
            state.groupHonorific = honorific;
            if (p.plural()) {
                state.groupRole = p.title();
            } else {
                role = p.title();
            }
            t = p.rest();
            titled = true;
        }
        Optional<Listed> person = person(t, role, singleWords || titled || state.groupHonorific != null
                || state.groupRole != null, !state.roleOpen && !state.titleAttached);
        state.titleAttached = false;
        if (person.isPresent() && state.roleOpen && person.get().person().honorific() == null && !t.contains("(")
                && !DASH.matcher(t).find()) {
            // "– Director of Nursing and Quality, East Marches CCG": after a dash role, a bare name is role text
            person = Optional.empty();
        }
        if (person.isEmpty()) {
            // a note bracketed after the role ("Finance Manager (item 4 only)") does not make it prose
            Matcher bracketed = TRAILING_BRACKET.matcher(t);
            String text = bracketed.matches() ? bracketed.group(1) : t;
            if (state.afterPerson && Character.isUpperCase(text.charAt(0)) && !text.matches(".*\\d.*") && !prose(text)) {
                // "Dr Y Underhill, Chair, East Marches CCG": comma-attached role text
                Listed last = out.getLast();
                String sep = state.separator.isBlank() ? ", " : state.separator;
                last = last.withRole(last.role() == null ? text : last.role() + sep + text);
                // "Dr Raj Patel, Chief Executive (RP)": the bracket after the role is the person's (initials, a note)
                out.set(out.size() - 1, bracketed.matches() ? bracket(last, bracketed.group(2)) : last);
                state.runStart = out.size();
                state.roleOpen = true;
            } else {
                state.afterPerson = false;
            }
            return;
        }
        Listed p = person.get();
        if (p.person().honorific() != null && plural.isEmpty()) {
            state.reset(out.size());
        }
        if (p.person().honorific() == null && state.groupHonorific != null) {
            p = new Listed(new PersonName(state.groupHonorific, p.person().name()), p.role(), p.initials(), p.note());
        }
        boolean bracketRole = p.role() != null && role == null && t.contains("(");
        if (p.role() == null && state.groupRole != null) {
            p = p.withRole(state.groupRole);
        }
        if (p.role() == null && state.pendingRole != null) {
            p = p.withRole(state.pendingRole);
        }
        state.pendingRole = null;
        if (bracketRole && !ListWords.startsWithRole(p.role())) {
            // "Cllrs A, B and C (Labour)": a bracket printed once after a group is each one's
            for (int i = state.runStart; i < out.size(); i++) {
                if (out.get(i).role() == null) {
                    out.set(i, out.get(i).withRole(p.role()));
                }
            }
        }
        out.add(p);
        state.afterPerson = true;
        state.roleOpen = p.role() != null && !t.contains("(") && DASH.matcher(t).find();
        if (t.contains("(") || p.role() != null) {
            state.runStart = out.size();
        }
    }

    /** The person an entry names, with what its brackets and dash add; nothing if it names no one. */
    private static Optional<Listed> person(String entry, String role, boolean singleWord, boolean juxtaposed) {
        String t = entry.strip();
        List<String> brackets = new ArrayList<>();
        int open = t.indexOf('(');
        if (open > 0) {
            Matcher b = Pattern.compile("\\(([^()]*)\\)?").matcher(t.substring(open));
            while (b.find()) {
                brackets.add(b.group(1).strip());
            }
            t = t.substring(0, open).strip();
        }
        String dashed = null;
        String[] dash = DASH.split(t, 2);
        if (dash.length == 2 && role == null && ListWords.isRole(dash[0])
                && PersonName.parse(dash[1].replaceAll("[-–,.;:]+$", "").strip()).isPresent()) {
            // "Clerk – Mrs J Fenwick": the office first, then who holds it
            role = dash[0].strip();
            t = dash[1].strip();
        } else if (dash.length == 2) {
            t = dash[0].strip();
            dashed = dash[1].strip();
        }
        t = t.replaceAll("[-–,.;:]+$", "").strip();
        Optional<PersonName> name = PersonName.parse(t, singleWord);
        String descriptor = null;
        if (name.isEmpty()) {
            Matcher clause = TRAILING_CLAUSE.matcher(t);
            if (clause.find()) {
                name = PersonName.parse(t.substring(0, clause.start()), singleWord);
            }
        }
        if (name.isEmpty() && juxtaposed) {
            // "Mike Pendock Estates Manager Tarmac": a descriptor printed straight after the name
            String[] words = t.split(" ");
            for (int n = 2; n <= 3 && n < words.length && name.isEmpty(); n++) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                if (Character.isUpperCase(tail.charAt(0)) && PersonName.parse(tail).isEmpty()
                        && (tail.contains(" of ") || PersonName.describes(tail)) && head.split(" ").length >= 2
                        && !PersonName.isHonorific(head.split(" ")[0])) {
                    name = PersonName.parse(head);
                    descriptor = name.isPresent() ? tail : null;
                }
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Listed out = new Listed(name.get(), role != null ? role : descriptor, null, null);
        if (dashed != null && !dashed.isEmpty()) {
            out = bracket(out, dashed);
        }
        for (String b : brackets) {
            out = bracket(out, b);
        }
        return Optional.of(out);
    }

    /** Whether text reads as a sentence rather than a title: more than one lower-case word but of/and/for/the. */
    private static boolean prose(String text) {
        return Pattern.compile("(?<![\\p{L}’'])\\p{Ll}+\\b").matcher(text.replaceAll("\\b(?:of|and|for|the|to|in)\\b", ""))
                .results().count() > 1;
    }

    /** What a bracket (or dash-attached text) says about a person: initials, role, reason or note. */
    static Listed bracket(Listed p, String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return p;
        }
        if (p.initials() == null && Initials.spell(t, p.person())) {
            return new Listed(p.person(), p.role(), t, p.note());
        }
        if (ListWords.isReason(t)) {
            return p.withNote(t);
        }
        boolean role = Character.isUpperCase(t.charAt(0)) || ListWords.startsWithRole(t) || ListWords.givesCapacity(t);
        if (role && p.role() == null) {
            return p.withRole(t);
        }
        return p.withNote(t);
    }

    /** Words of two letters or more in title case; initials stay capitals. */
    private static String titleCase(String text) {
        Matcher m = Pattern.compile("\\p{Lu}{2,}").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            // the joining words of a list stay joining words
            m.appendReplacement(sb, lower.equals("and") || lower.equals("the") ? lower
                    : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String clean(String raw) {
        String t = raw.strip();
        t = BULLET.matcher(t).replaceFirst("");
        t = t.replaceFirst("^(?:and|&)\\s+", "");
        t = t.replaceAll("^[,;:.]+|[,;:]+$", "").strip();
        return t;
    }

    /** An entry of the list and the separator that ended it. */
    record Entry(String text, String separator) {
    }
}
