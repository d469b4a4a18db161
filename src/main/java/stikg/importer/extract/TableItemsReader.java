package stikg.importer.extract;

import java.util.Optional;

/**
 * The shape of an extractor of the rows phase that reads a table with its caption and items ({@link
 * Extractor.Whole#TABLE_ITEMS}) once the table's kind is decided: it writes {@link #propose(TableItems,
 * TableKinds.Decided, ExtractionContext)} only, and a passage that is no such table, or a table of no kind, gives
 * nothing.
 */
public interface TableItemsReader extends ProposingExtractor {

    /** The kinds of tables the extractor decides a table's kind among. */
    TableKinds kinds();

    /** What a table of a kind gives. */
    Proposal propose(TableItems table, TableKinds.Decided kind, ExtractionContext context);

    @Override
    default Phase phase() {
        return Phase.ROWS;
    }

    @Override
    default Whole reads() {
        return Whole.TABLE_ITEMS;
    }

    @Override
    default Proposal propose(TextPassage passage, ExtractionContext context) {
        Optional<TableItems> read = TableItems.of(passage);
        Optional<TableKinds.Decided> kind = read.flatMap(kinds()::of);
        return kind.isEmpty() ? Proposal.nothing() : propose(read.get(), kind.get(), context);
    }
}
