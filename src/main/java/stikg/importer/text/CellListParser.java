package stikg.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;

/**
 * A parser that flattens the list a table cell holds into items with their depth: HTML {@code <ul>} lists
 * (often left unclosed by the PDF extraction) with or without {@code <li>} tags, bullet markers, or items separated
 * by commas. Each marker keeps the depth at which it first appeared, so an unclosed nested list still ends where its
 * marker stops.
 */
public final class CellListParser {

    private final LayoutConfig.Structure layout;
    private final MarkStripper marks;

    public CellListParser(LayoutConfig.Structure layout, MarkStripper marks) {
        this.layout = layout;
        this.marks = marks;
    }

    /** The items of a cell, with the footnote marks found in it added to {@code footnotes}. */
    public List<Segmentation.CellItem> items(String cell, List<String> footnotes) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean listed = layout.listTag().matcher(text).find()
                || layout.itemMarkers().stream().anyMatch(m -> text.startsWith(m + " "));
        List<Piece> pieces = listed ? pieces(text) : commaPieces(text);
        List<Segmentation.CellItem> out = new ArrayList<>();
        int[] lastAtDepth = new int[16];
        java.util.Arrays.fill(lastAtDepth, -1);
        for (Piece p : pieces) {
            MarkedText m = marks.strip(p.text());
            footnotes.addAll(m.footnotes());
            String t = m.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean remark = layout.remarkMarkers().contains(p.marker());
            int depth = Math.min(p.depth(), 15);
            int parent;
            if (remark) {
                parent = out.isEmpty() ? -1 : out.size() - 1;
                while (parent >= 0 && out.get(parent).remark()) {
                    parent = out.get(parent).parent();
                }
                depth = parent >= 0 ? out.get(parent).depth() + 1 : depth;
            } else {
                parent = depth > 1 ? lastAtDepth[depth - 1] : -1;
                lastAtDepth[depth] = out.size();
                for (int d = depth + 1; d < lastAtDepth.length; d++) {
                    lastAtDepth[d] = -1;
                }
            }
            out.add(new Segmentation.CellItem(t, depth, parent, remark, m.starred()));
        }
        return out;
    }

    private record Piece(String text, String marker, int depth) {
    }

    /** Splits at list tags and at markers standing alone between blanks. */
    private List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        Map<String, Integer> depthOfMarker = new HashMap<>();
        int listDepth = 0;
        String marker = "";
        int depth = 1;
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Matcher open = layout.listTag().matcher(text).region(i, text.length());
            if (open.lookingAt()) {
                flush(out, current, marker, depth);
                listDepth++;
                i = open.end();
                continue;
            }
            // an item's own tags ("<li>…</li>") bound it as a marker does, at the depth of the list it stands in
            Matcher item = layout.itemTag().matcher(text).region(i, text.length());
            if (item.lookingAt() && item.end() > i) {
                flush(out, current, marker, depth);
                marker = "";
                depth = Math.max(1, listDepth);
                i = item.end();
                continue;
            }
            Matcher close = layout.listEndTag().matcher(text).region(i, text.length());
            if (close.lookingAt()) {
                flush(out, current, marker, depth);
                listDepth = Math.max(0, listDepth - 1);
                i = close.end();
                continue;
            }
            String m = markerAt(text, i);
            if (m != null) {
                flush(out, current, marker, depth);
                marker = m;
                if (!layout.remarkMarkers().contains(m)) {
                    int fresh = listDepth > 0 ? listDepth : 1 + depthOfMarker.size();
                    depth = depthOfMarker.computeIfAbsent(m, k -> fresh);
                }
                i += m.length();
                continue;
            }
            current.append(text.charAt(i));
            i++;
        }
        flush(out, current, marker, depth);
        return out;
    }

    /** The item marker starting at i, when it stands at the start or after a blank and before a blank. */
    private String markerAt(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            return null;
        }
        for (String m : layout.itemMarkers().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            int end = i + m.length();
            if (text.startsWith(m, i) && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                return m;
            }
        }
        return null;
    }

    private static void flush(List<Piece> out, StringBuilder current, String marker, int depth) {
        String t = current.toString().strip();
        if (!t.isEmpty()) {
            out.add(new Piece(t, marker, depth));
        }
        current.setLength(0);
    }

    /** Items separated by commas outside brackets, or the whole text as one item. */
    private List<Piece> commaPieces(String text) {
        List<Piece> out = new ArrayList<>();
        int level = 0;
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ("([{「『〈<".indexOf(c) >= 0) {
                level++;
            } else if (")]}」』〉>".indexOf(c) >= 0) {
                level = Math.max(0, level - 1);
            }
            String sep = level == 0 ? separatorAt(text, i) : null;
            if (sep != null) {
                flush(out, current, "", 1);
                i += sep.length();
                continue;
            }
            current.append(c);
            i++;
        }
        flush(out, current, "", 1);
        return out;
    }

    private String separatorAt(String text, int i) {
        for (String s : layout.itemSeparators()) {
            if (text.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }
}
