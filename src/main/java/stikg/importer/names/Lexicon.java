package stikg.importer.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The named entities known before an import (the shared lexicon), by id. */
public record Lexicon(List<LexiconEntry> entries) {

    public Lexicon {
        entries = List.copyOf(entries);
    }

    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    public Optional<LexiconEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean defines(String id) {
        return find(id).isPresent();
    }

    /** This lexicon with more entries; an entry with an id already known is ignored. */
    public Lexicon with(List<LexiconEntry> more) {
        Map<String, LexiconEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        more.forEach(e -> byId.putIfAbsent(e.id(), e));
        return new Lexicon(new ArrayList<>(byId.values()));
    }
}
