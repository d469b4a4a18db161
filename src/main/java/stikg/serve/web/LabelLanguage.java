package stikg.serve.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * The language labels are shown in: {@code ?lang=} when given (and then remembered in a cookie the pages'
 * scripts share), else the remembered one, else the browser's first of Korean, Japanese and English.
 */
final class LabelLanguage {

    static final List<String> SUPPORTED = List.of("en", "ko", "ja");
    static final String COOKIE = "stikg-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LabelLanguage() {
    }

    static String choose(HttpServletRequest req, HttpServletResponse resp) {
        String asked = normalise(req.getParameter("lang"));
        if (asked != null) {
            Cookie c = new Cookie(COOKIE, asked);
            c.setPath("/");
            c.setMaxAge(ONE_YEAR);
            c.setAttribute("SameSite", "Lax");
            resp.addCookie(c);
            return asked;
        }
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                String remembered = COOKIE.equals(c.getName()) ? normalise(c.getValue()) : null;
                if (remembered != null) {
                    return remembered;
                }
            }
        }
        return fromAcceptLanguage(req.getHeader("Accept-Language"));
    }

    /** The first supported language of an Accept-Language header, by order of preference; English if none. */
    static String fromAcceptLanguage(String header) {
        if (header == null) {
            return "en";
        }
        String best = "en";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
            String tag = normalise(bits[0].trim().split("-")[0]);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (tag != null && q > bestQ) {
                best = tag;
                bestQ = q;
            }
        }
        return best;
    }

    static String normalise(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(l) ? l : null;
    }
}
