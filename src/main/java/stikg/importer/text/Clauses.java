package stikg.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The clauses of a sentence: it is cut at a comma that follows a clause ending ("선정하였고, …"), since facts
 * are read clause by clause. Commas between names are not clause ends.
 */
public final class Clauses {

    private final Pattern end;

    public Clauses(List<String> clauseEnds) {
        String ends = clauseEnds.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.end = Pattern.compile("(?<=" + ends + "),\\s+");
    }

    /** The clauses of a text as [start, end) offsets, in order. */
    public List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = end.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, text.length()});
        return out;
    }
}
