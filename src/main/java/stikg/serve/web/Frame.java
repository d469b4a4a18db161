package stikg.serve.web;

/**
 * The frame of a page written on the server: head, the site's navigation and the label-language switch. The
 * static pages (src/main/web/site) carry the same markup.
 */
final class Frame {

    private static final String[][] LANGUAGES = {{"en", "EN"}, {"ko", "한국어"}, {"ja", "日本語"}};

    private Frame() {
    }

    /** Opens the page; {@code title} and every other argument are plain text, escaped here. */
    static void open(StringBuilder b, String title, String lang) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Html.esc(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append(" · stikg</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("</head>\n<body>\n<header class=\"site\">\n")
                .append("<a class=\"brand\" href=\"/\">stikg</a>\n<nav class=\"main\">")
                .append("<a href=\"/\">").append(Html.esc(UiText.get("nav.query", lang))).append("</a>")
                .append("<a href=\"/views/technology\">").append(Html.esc(UiText.get("nav.technology", lang))).append("</a>")
                .append("<a href=\"/views/investment\">").append(Html.esc(UiText.get("nav.investment", lang))).append("</a>")
                .append("</nav>\n<nav class=\"langs\" aria-label=\"").append(Html.esc(UiText.get("language", lang))).append("\">");
        for (String[] l : LANGUAGES) {
            b.append("<a href=\"?lang=").append(l[0]).append("\" data-lang=\"").append(l[0]).append("\" lang=\"")
                    .append(l[0]).append('"');
            if (l[0].equals(lang)) {
                b.append(" class=\"current\" aria-current=\"true\"");
            }
            b.append('>').append(l[1]).append("</a>");
        }
        b.append("</nav>\n</header>\n<main>\n");
    }

    static void close(StringBuilder b) {
        b.append("</main>\n<footer class=\"site\">stikg · <a href=\"/.well-known/void\">VoID</a> · ")
                .append("<a href=\"/stikg/sparql\">SPARQL endpoint</a></footer>\n</body>\n</html>\n");
    }
}
