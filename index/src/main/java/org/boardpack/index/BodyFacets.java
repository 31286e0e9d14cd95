package org.boardpack.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.index.bodies.BodyDirectory;

/**
 * The body facet counted by resolved body: hits under a board's formal name and under its short
 * name are one label, the body's display name. Other dimensions pass unchanged.
 */
final class BodyFacets {

    private BodyFacets() {
    }

    static List<FacetCount> merged(List<FacetCount> facets, BodyDirectory bodies) {
        List<FacetCount> out = new ArrayList<>(facets.size());
        for (FacetCount f : facets) {
            if (!IndexFacets.BODY.equals(f.dimension())) {
                out.add(f);
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (FacetCount.Count c : f.counts()) {
                String label = bodies.named(c.label()).map(b -> b.name()).orElse(c.label());
                counts.merge(label, c.count(), Integer::sum);
            }
            List<FacetCount.Count> merged = counts.entrySet().stream()
                    .map(e -> new FacetCount.Count(e.getKey(), e.getValue()))
                    .sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
            int gone = f.counts().size() - merged.size();
            out.add(new FacetCount(f.dimension(), f.labels() - gone, merged));
        }
        return out;
    }
}
