package org.boardpack.corpus.nhs;

import java.util.List;

/**
 * An invented integrated care system: its full name, abbreviation, three places with a council
 * each, and its trusts. Roles and prose are filled from these so each pack reads consistently.
 */
public record NhsArea(String name, String abbr, List<String> places, String acute, String acuteShort,
                      String mentalHealth, String mentalHealthShort, String community, String communityShort) {

    public static final List<NhsArea> ALL = List.of(
            new NhsArea("Kesteven, Rutland and Stamford", "KRS", List.of("Kesteven", "Rutland", "Stamford"),
                    "Kesteven and Stamford Hospitals", "KSH", "Fenland Partnership NHS Trust", "FPT",
                    "Welland Community Health Services", "WCHS"),
            new NhsArea("Severn and Wye Valley", "SWV", List.of("Gloucester", "Hereford", "Monmouth"),
                    "Severn Valley Hospitals", "SVH", "Wye Mental Health NHS Foundation Trust", "WMH",
                    "Forest Community Services", "FCS"),
            new NhsArea("Medway, Swale and Maidstone", "MSM", List.of("Medway", "Swale", "Maidstone"),
                    "North Kent Hospitals", "NKH", "Downs and Weald Partnership Trust", "DWPT",
                    "Kent Estuary Community Health", "KECH"),
            new NhsArea("North Wessex and Swindon", "NWS", List.of("Swindon", "Newbury", "Marlborough"),
                    "Great Western Valley Hospitals", "GWVH", "Kennet Mental Health Trust", "KMHT",
                    "Downland Community Services", "DCS"),
            new NhsArea("Calder and Pennine Valleys", "CPV", List.of("Halifax", "Huddersfield", "Todmorden"),
                    "Calder Valley Hospitals", "CVH", "Pennine Moors NHS Foundation Trust", "PMFT",
                    "Colne Community Care", "CCC"),
            new NhsArea("Tees, Wear and Durham Dales", "TWD", List.of("Darlington", "Sunderland", "Weardale"),
                    "Tees and Wear Hospitals", "TWH", "Dales Mental Health Trust", "DMHT",
                    "Wearside Community Services", "WCS"));

    /** Replaces {@code {abbr} {area} {p1} {p2} {p3} {acute} {mh} {community}} in a template. */
    public String fill(String template) {
        return template.replace("{abbr}", abbr).replace("{area}", name)
                .replace("{p1}", places.get(0)).replace("{p2}", places.get(1)).replace("{p3}", places.get(2))
                .replace("{acute}", acuteShort).replace("{mh}", mentalHealthShort)
                .replace("{community}", communityShort);
    }

    /** {@code SBC} for {@code Swale Borough Council}. */
    public String councilAbbr(int place, String kind) {
        String c = places.get(place) + " " + kind;
        StringBuilder sb = new StringBuilder();
        for (String word : c.split(" ")) {
            sb.append(word.charAt(0));
        }
        return sb.toString();
    }
}
