package stikg.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One curated file: a source document's record ({@link Kind#SOURCE}) or a part of the shared lexicon.
 *
 * @param path the path as the user should see it in messages
 */
public record SourceFile(String path, Kind kind, DocumentDecl document, List<SectionDecl> sections,
        List<TableDecl> tables, List<EntityRecord> entities) {

    /** What a file holds. */
    public enum Kind { SOURCE, LEXICON }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        entities = List.copyOf(entities);
        if (kind == Kind.SOURCE) {
            Objects.requireNonNull(document, "a source file needs its document");
        }
    }

    public Optional<DocumentDecl> documentDecl() {
        return Optional.ofNullable(document);
    }
}
