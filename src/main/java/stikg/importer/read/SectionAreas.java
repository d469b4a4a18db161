package stikg.importer.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * Which policy area a section of the brief is about: the area whose name its title holds, or the one its title
 * resembles most by character pairs (the brief shortens or rewords the names its overview table gives).
 */
final class SectionAreas {

    private static final double MINIMUM_LIKENESS = 0.6;

    private final EntityBook book;
    private final NameFolder folder;

    SectionAreas(EntityBook book, NameFolder folder) {
        this.book = book;
        this.folder = folder;
    }

    Optional<String> areaOf(Segmentation.Section section) {
        String title = folder.fold(section.title());
        String best = null;
        double score = MINIMUM_LIKENESS;
        for (EntityBuilder b : book.definitions()) {
            if (!b.types().contains("PolicyArea")) {
                continue;
            }
            for (String label : b.labels().values()) {
                String l = folder.fold(label);
                double s = title.contains(l) || l.contains(title) ? 1.0 : dice(title, l);
                if (s > score) {
                    score = s;
                    best = b.id();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Dice coefficient of the character pairs of two texts. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String pair = b.substring(i, i + 2);
            Integer n = pairs.get(pair);
            if (n != null && n > 0) {
                shared++;
                pairs.put(pair, n - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
