package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * A splitter of a table's measure item into the actions it lists. Briefs often pack several measures into one
 * bullet ("A 확대, B 개발을 추진"), and each is a measure of its own. The item is cut at sentence ends and at
 * joining phrases, then at commas, except where the commas enumerate the nouns of one phrase ("A, B 등 C", though
 * parts before the nouns that end in a word of policy stay actions), the
 * item is a circled-number list, or it opens with a topic of its own ("X는 …", one sentence about X); a part
 * too short to be an action, or one that depends on the next ("… 시,"), is joined to the next.
 *
 * <p>An action's name leaves out what belongs to the list, not to the action: a bracketed topic opening the
 * item, a conjunction opening the action and a verb closing the list ("…을 추진"). Brackets in a name shrink to
 * the acronyms they give and are otherwise dropped, since a gloss restates a name rather than naming the
 * measure; the action as printed is kept as its alias.
 */
public final class ActionSplitter {

    /** One action of an item: its name and, when different, the text as printed. */
    public record Action(String name, String printed) {
    }

    private final LayoutConfig.ActionLists rule;
    private final Pattern topicOpening;
    private final Pattern enumerationItem;
    private final Pattern acronym;
    private final Pattern action;
    private final List<String> objectParticles;

    public ActionSplitter(LayoutConfig layout) {
        this.rule = layout.extraction().actionLists();
        this.topicOpening = layout.extraction().topics().opening();
        this.enumerationItem = layout.extraction().enumerationItem();
        this.acronym = layout.words().acronym();
        this.action = layout.extraction().topics().statements().policyEnd();
        this.objectParticles = layout.extraction().particles().object();
    }

    /** The actions of an item, in order; a single action when the item lists no more than one. */
    public List<Action> split(String item) {
        String text = item.strip();
        Matcher topic = topicOpening.matcher(text);
        if (topic.lookingAt()) {
            text = text.substring(topic.end()).strip();
        }
        List<String> parts = new ArrayList<>();
        if (enumerationItem.matcher(text).find() || opensWithTopic(text)) {
            parts.add(text);
        } else {
            for (String chunk : cut(text, rule.sentenceEnds(), rule.joiners())) {
                List<String> pieces = cut(chunk, rule.separators(), List.of());
                if (clauses(pieces)) {
                    parts.add(chunk);
                } else if (enumerates(pieces)) {
                    int run = enumerationStart(pieces);
                    parts.addAll(joinFragments(pieces.subList(0, run)));
                    parts.add(String.join(", ", pieces.subList(run, pieces.size())));
                } else {
                    parts.addAll(joinFragments(pieces));
                }
            }
        }
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String printed = withoutOpener(parts.get(i));
            String name = shrinkBrackets(withoutContext(rule.closingVerb().matcher(printed).replaceFirst("")));
            if (name.length() < rule.minimumLength()) {
                name = printed;
            }
            out.add(new Action(name, printed.equals(name) ? null : printed));
        }
        return out;
    }

    /**
     * Parts too short to be an action of their own ("유학생 유치, 해외연구자 초빙, …") or ending in a word that
     * makes them depend on what follows ("… 구입 시, …") are joined to the next part; the last part stands.
     */
    private List<String> joinFragments(List<String> pieces) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (int i = 0; i < pieces.size(); i++) {
            String p = pending == null ? pieces.get(i) : pending + ", " + pieces.get(i);
            String lastWord = pieces.get(i).substring(pieces.get(i).lastIndexOf(' ') + 1);
            boolean fragment = pieces.get(i).split("\\s+").length < rule.minimumWords()
                    || rule.dependentEnds().contains(lastWord);
            if (fragment && i < pieces.size() - 1) {
                pending = p;
            } else {
                out.add(p);
                pending = null;
            }
        }
        return out;
    }

    /**
     * Whether the commas enumerate the nouns of the last part's phrase: an enumerating word stands inside it
     * ("A, B 등 C를 확충"), not merely before the verb closing the list ("A, B 등을 추진").
     */
    private boolean enumerates(List<String> pieces) {
        if (pieces.size() < 2) {
            return false;
        }
        String last = " " + rule.closingVerb().matcher(pieces.get(pieces.size() - 1)).replaceFirst("");
        return rule.enumerationClosers().stream().anyMatch(w -> last.contains(" " + w + " ")
                || last.matches(".*\\s" + java.util.regex.Pattern.quote(w) + "\\p{IsHangul}*\\s.*"));
    }

    /**
     * Where the nouns an enumerating word closes begin: after the last part that is an action of its own, ending
     * in a word of policy ("A 구축, B 확대, C, D 등 E 활성화": C and D belong to E, A and B stand).
     */
    private int enumerationStart(List<String> pieces) {
        String last = pieces.get(pieces.size() - 1);
        if (rule.enumerationClosers().stream().anyMatch(c -> rule.suchAs().stream()
                .anyMatch(s -> last.contains(" " + c + s + " ") || last.contains(" " + c + " " + s + " ")))) {
            return 0;  // "A, B 등과 같은 C": every part is an example of C
        }
        for (int i = pieces.size() - 2; i >= 0; i--) {
            if (action.matcher(pieces.get(i).strip()).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a part before the last ends a clause ("…하고,"): the text is a sentence, not a list. */
    private boolean clauses(List<String> pieces) {
        return pieces.subList(0, Math.max(0, pieces.size() - 1)).stream()
                .anyMatch(p -> rule.clauseEnds().stream().anyMatch(p::endsWith));
    }

    /**
     * Whether the text opens with its own topic ("X는 …", "지리 공간 정보는 …"): a word within the first few
     * closes with a topic particle, and no word before it takes an object (which would make it a clause).
     */
    private boolean opensWithTopic(String text) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < Math.min(words.length - 1, rule.topicWithin()); i++) {
            String w = words[i];
            if (rule.topicParticles().stream().anyMatch(p -> w.endsWith(p) && w.length() > p.length())) {
                return true;
            }
            if (objectParticles.stream().anyMatch(p -> w.endsWith(p) && w.length() > p.length())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name without the context that opens it ("… 관점에서", "X에 대해서는"): the angle or target of an action
     * is said in the printed text, which stays an alias, not in its name.
     */
    private String withoutContext(String name) {
        Matcher m = rule.leadingContext().matcher(name);
        if (m.lookingAt() && name.length() - m.end() >= rule.minimumLength()) {
            return name.substring(m.end()).strip();
        }
        return name;
    }

    private String withoutOpener(String part) {
        String p = part.strip();
        for (String o : rule.openers()) {
            if (p.startsWith(o + " ")) {
                return p.substring(o.length()).strip();
            }
        }
        return p;
    }

    /** Cuts a text at separators outside brackets; a joiner is dropped with the separator. */
    private static List<String> cut(String text, List<String> separators, List<String> joiners) {
        List<String> out = new ArrayList<>();
        int level = 0;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ("([{「『〈‘“".indexOf(c) >= 0) {
                level++;
            } else if (")]}」』〉’”".indexOf(c) >= 0) {
                level = Math.max(0, level - 1);
            }
            String sep = level == 0 ? startingAt(text, i, separators, joiners) : null;
            if (sep != null) {
                add(out, text.substring(start, i));
                i += sep.length();
                start = i;
                continue;
            }
            i++;
        }
        add(out, text.substring(start));
        return out;
    }

    private static String startingAt(String text, int i, List<String> separators, List<String> joiners) {
        for (String s : separators) {
            if (text.startsWith(s, i)) {
                return s;
            }
        }
        for (String j : joiners) {
            if (text.startsWith(j + " ", i)) {
                return j + " ";
            }
        }
        return null;
    }

    private static void add(List<String> out, String part) {
        if (!part.isBlank()) {
            out.add(part.strip());
        }
    }

    /** Brackets reduced to the acronyms they hold ("(SINET, Science …)" to "(SINET)"), or dropped. */
    private String shrinkBrackets(String name) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            int close = c == '(' ? name.indexOf(')', i) : -1;
            if (close < 0) {
                sb.append(c);
                i++;
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String piece : name.substring(i + 1, close).split(",")) {
                String p = piece.strip();
                if (!p.isEmpty() && java.util.Arrays.stream(p.split("\\s+"))
                        .allMatch(w -> acronym.matcher(w).matches())) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                sb.append('(').append(String.join(", ", kept)).append(')');
            }
            i = close + 1;
        }
        return sb.toString().replaceAll("\\s{2,}", " ").strip();
    }
}
