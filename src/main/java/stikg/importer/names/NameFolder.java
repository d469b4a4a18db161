package stikg.importer.names;

import java.util.List;
import stikg.importer.config.LayoutConfig;

/** A folder that reduces a name to what matters for comparing it: no blanks and no ignored marks ("·"). */
public final class NameFolder {

    private final List<String> ignored;

    public NameFolder(LayoutConfig.Words words) {
        this.ignored = words.ignoredInNames();
    }

    public String fold(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && !ignored.contains(String.valueOf(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The Dice coefficient of the character pairs of two texts: how alike two names are when one rewords or
     * shortens the other (0 if either has fewer than two characters).
     */
    public static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
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
