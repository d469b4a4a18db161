package stikg.importer.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.NameFolder;
import stikg.importer.text.KoreanMorphology;
import stikg.importer.text.Segmentation;

/**
 * A numbered list printed in prose: "5대 미션 … 미션은 ① 기후중립 산업, ② 건강한 장수사회, …", "5대 핵심기술 …
 * 전략은 인공지능, 양자기술, 반도체, 수소, 합성생물학을 …". The list's title word decides what its items are (the
 * table kinds' title words: 미션/전략 → policy areas of the plan, …기술 → technology areas), and the count decides
 * where the list is: exactly as many items as the title counts, circled or joined by commas, in the same paragraph.
 * An item already drafted under its name (a row of a table) is that entity; two lists that both say "5대" stay two
 * lists, each of its own class.
 */
final class CountedListReader {

    private static final Pattern COUNT = Pattern.compile("(\\d{1,2})\\s*대\\s+(\\S+)");
    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");

    private final LayoutConfig.Extraction ex;
    private final EntityBook book;
    private final NameFolder folder;
    private final KoreanMorphology morphology;
    private int lists;

    CountedListReader(LayoutConfig layout, EntityBook book, NameFolder folder) {
        this.ex = layout.extraction();
        this.book = book;
        this.folder = folder;
        this.morphology = new KoreanMorphology(layout.words().particles());
    }

    void read(Segmentation.ProseLine p, String planId) {
        Matcher m = COUNT.matcher(p.text());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String title = m.group(2);
            Optional<LayoutConfig.TableKind> kind = ex.tableKinds().stream()
                    .filter(k -> k.titleWords().stream().anyMatch(title::contains)).findFirst();
            if (n < 2 || n > 20 || kind.isEmpty()) {
                continue;
            }
            String after = p.text().substring(m.end());
            List<String> items = circled(after, n).or(() -> commaList(after, n)).orElse(List.of());
            if (items.isEmpty()) {
                continue;
            }
            String at = p.line() == p.lastLine() ? "L" + p.line() : "L" + p.line() + "-" + p.lastLine();
            lists++;
            int order = 0;
            for (String item : items) {
                order++;
                String id = existing(item).orElse(null);
                LayoutConfig.Role row = kind.get().row();
                if (id == null) {
                    EntityBuilder b = book.define("list" + lists + "-" + order, row.type(), at)
                            .label(book.language(), item)
                            .comment("item " + order + " of the " + n + " the prose lists under '" + m.group().strip()
                                    + "' (its title word decides the class)");
                    b.literal("order", String.valueOf(order), false, null);
                    id = b.id();
                }
                if (planId != null && row.planToRow() != null) {
                    book.facts(planId, at).ref(row.planToRow(), id, at);
                }
            }
        }
    }

    /** "① A, ② B, … ⑤ E로": exactly n circled items, the last one without the particle that ends the list. */
    private Optional<List<String>> circled(String text, int n) {
        Matcher c = CIRCLED.matcher(text);
        if (!c.find()) {
            return Optional.empty();
        }
        String[] parts = CIRCLED.split(text.substring(c.start()));
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String t = part.strip().split("[,，、]", 2)[0].strip();   // an item ends at its comma
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        if (items.size() != n) {
            return Optional.empty();
        }
        items.set(n - 1, firstPhrase(items.get(n - 1)));
        return items.stream().allMatch(i -> !i.isEmpty() && words(i) <= 5) ? Optional.of(items) : Optional.empty();
    }

    /** "전략은 A, B, C, D, E를 …": n names joined by commas, the first after a word with a particle, the last up to one. */
    private Optional<List<String>> commaList(String text, int n) {
        String[] parts = text.split(",\\s*");
        for (int i = 0; i + n <= parts.length; i++) {
            List<String> items = new ArrayList<>();
            items.add(lastPhrase(parts[i]));
            for (int j = i + 1; j < i + n - 1; j++) {
                items.add(parts[j].strip());
            }
            items.add(firstPhrase(parts[i + n - 1]));
            boolean names = items.stream().allMatch(x -> !x.isEmpty() && words(x) <= 3
                    && !x.matches(".*[.()「」].*"));
            boolean inner = items.subList(1, n - 1).stream().noneMatch(x -> morphology.endsInParticle(lastWord(x)));
            boolean closed = !parts[i + n - 1].strip().equals(items.get(n - 1));
            if (names && inner && closed) {
                return Optional.of(items);
            }
        }
        return Optional.empty();
    }

    /** The words of a segment after the last one that ends in a particle ("전략은 인공지능" → "인공지능"). */
    private String lastPhrase(String segment) {
        String[] w = segment.strip().split("\\s+");
        int from = 0;
        for (int k = 0; k < w.length - 1; k++) {
            if (morphology.endsInParticleOnly(w[k]) || w[k].endsWith(".")) {
                from = k + 1;
            }
        }
        return String.join(" ", Arrays.copyOfRange(w, from, w.length)).strip();
    }

    /** The words of a segment up to the first one that ends in a particle, without it ("수소를 미션" → "수소"). */
    private String firstPhrase(String segment) {
        String[] w = segment.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String word : w) {
            if (morphology.endsInParticleOnly(word)) {
                out.add(morphology.stem(word));
                return String.join(" ", out);
            }
            out.add(word);
            if (out.size() > 5) {
                break;
            }
        }
        return String.join(" ", out);
    }

    private Optional<String> existing(String name) {
        String f = folder.fold(name);
        return book.definitions().stream().filter(b -> b.labels().values().stream().anyMatch(l -> folder.fold(l)
                .equals(f))).map(EntityBuilder::id).findFirst();
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
