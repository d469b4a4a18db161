package stikg.importer.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.names.NameFolder;

/**
 * A matcher of a detail table's rows with the items of the row it details. An overview often lists a row's
 * measures in one cell and a later table gives each of them a row ("AI4S 세부 분야별 시책" after a row on AI4S whose
 * cell lists its four parts); the row and the item are then one thing. They are taken as one only when the
 * counts agree and, pair by pair in order, the row's name lies within the item's or every acronym of the row's
 * name does; anything less leaves both as they are.
 */
final class DetailedItems {

    private final NameFolder folder;
    private final Pattern acronym;

    DetailedItems(NameFolder folder, Pattern acronym) {
        this.folder = folder;
        this.acronym = acronym;
    }

    /** Whether the rows, in order, are the items, in order (names as drafted, in the brief's language). */
    boolean sameThings(List<String> rowNames, List<String> itemNames) {
        if (rowNames.size() < 2 || rowNames.size() != itemNames.size()) {
            return false;
        }
        for (int i = 0; i < rowNames.size(); i++) {
            if (!names(rowNames.get(i), itemNames.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean names(String row, String item) {
        String r = folder.fold(row);
        if (!r.isEmpty() && folder.fold(item).contains(r)) {
            return true;
        }
        Matcher m = acronym.matcher(row);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!item.contains(m.group())) {
                return false;
            }
        }
        return any;
    }
}
