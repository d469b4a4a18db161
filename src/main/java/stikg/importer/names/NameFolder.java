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
}
