package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps each person once per meeting when minutes name them in several places: a grid and an
 * apologies line, a list at the head and the apologies item, a "Chaired by" line. The same person
 * may be written more or less fully ({@code Cllr Smith}, {@code Cllr A Smith}, {@code Alan Smith},
 * {@code Lex Gainsbury} for {@code Alexa Gainsbury}): same surname, and first names that agree
 * where both give one (the same initial, or one name inside the other). Apologies replace
 * presence, and absence where the person sent apologies after all; the record first listed keeps
 * its name, and takes the later one's honorific, role or initials where it had none.
 */
public final class ListedOnce {

    /** {@code listed} and then {@code more}, a person in both kept once with the status that wins. */
    public List<Attendance> merge(List<Attendance> listed, List<Attendance> more) {
        List<Attendance> out = new ArrayList<>(listed);
        for (Attendance a : more) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).meeting().equals(a.meeting()) && samePerson(a.name(), out.get(i).name())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(a);
                continue;
            }
            Attendance b = out.get(same);
            AttendanceStatus status = wins(a.status(), b.status()) ? a.status() : b.status();
            out.set(same, new Attendance(b.meeting(), b.name(), b.honorific() != null ? b.honorific() : a.honorific(),
                    b.role() != null ? b.role() : a.role(), b.initials() != null ? b.initials() : a.initials(),
                    status, b.page()));
        }
        return out;
    }

    /** Apologies replace presence and absence; absence replaces presence said elsewhere. */
    private static boolean wins(AttendanceStatus later, AttendanceStatus earlier) {
        return later == AttendanceStatus.APOLOGIES && earlier != AttendanceStatus.APOLOGIES;
    }

    static boolean samePerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (!x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        if (x.length == 1 || y.length == 1) {
            return true;
        }
        String p = x[0];
        String q = y[0];
        if (p.length() == 1 || q.length() == 1) {
            return p.charAt(0) == q.charAt(0);
        }
        return p.contains(q) || q.contains(p);
    }

    private static String[] words(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", " ").strip().split("\\s+");
    }
}
