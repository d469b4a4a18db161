package stikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every request meets, before Fuseki or a page sees it:
 * <ul>
 * <li>size: a query string or body over the limit is refused (414, 413) before anything parses it; a body
 * without a declared length is read only up to the limit;</li>
 * <li>encoding: a query string whose percent-escapes are not UTF-8 is a 400, not a server error;</li>
 * <li>origin: {@link CrossOrigin} decides the CORS headers, and a write from a foreign origin not named for
 * writes is refused (403) even with a valid login, so no page can drive a writer's browser;</li>
 * <li>answers: an error body is sent without a character-counted Content-Length (Fuseki counts characters, so
 * a non-ASCII message ended in "too much content written" and a 500), and every HTML page gets a
 * Content-Security-Policy.</li>
 * </ul>
 */
final class RequestGuard implements Filter {

    /**
     * How much of a refused body is read away so that the client gets the refusal rather than a reset connection; a
     * client that sends more than this past the limit may see the reset instead.
     */
    private static final long UNREAD_BODY_DISCARDED = 64L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);

    /** Scripts, styles, images and fonts of the page's own origin only; answers fetched from the same origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Limits limits;
    private final CrossOrigin cors;

    RequestGuard(Limits limits, CrossOrigin cors) {
        this.limits = limits;
        this.cors = cors;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = new Answers((HttpServletResponse) response);
        String path = req.getRequestURI();
        String query = req.getQueryString();
        if (query != null && query.length() > limits.maxRequestBytes()) {
            refuse(req, resp, 414, "the query string has " + query.length() + " bytes; this server accepts "
                    + limits.maxRequestBytes() + " (--max-request-bytes)");
            return;
        }
        if (query != null && !percentEncodedUtf8(query)) {
            refuse(req, resp, 400, "the query string is not valid UTF-8 once its %-escapes are decoded");
            return;
        }
        if (!cors.admit(req, resp, CrossOrigin.isWrite(path, req.getMethod()))) {
            return;
        }
        long limit = path.startsWith(ServerConfig.DATASET + "/data") ? limits.maxUploadBytes()
                : limits.maxRequestBytes();
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            refuse(req, resp, 413, "the request body has " + declared + " bytes; this server accepts " + limit
                    + (limit == limits.maxUploadBytes() ? " (--max-upload-bytes)" : " (--max-request-bytes)"));
            return;
        }
        if (declared < 0 && req.getHeader("Transfer-Encoding") != null) {
            // a body of unknown length is read ahead, up to the limit, so that it is measured before anything parses it
            byte[] body = readUpTo(req.getInputStream(), limit);
            if (body == null) {
                refuse(req, resp, 413, "the request body is longer than the " + limit + " bytes this server accepts");
                return;
            }
            if (req.getContentType() != null && req.getContentType().toLowerCase(Locale.ROOT)
                    .startsWith("application/x-www-form-urlencoded")) {
                // the container would parse a form from its own stream, which was read here: parse it from the copy
                Map<String, String[]> form = BufferedForm.parameters(req.getQueryString(), body);
                if (form == null) {
                    refuse(req, resp, 400, "the form body is not valid: it or one of its %-escapes is not UTF-8, or an escape is cut short");
                    return;
                }
                req = new BufferedForm(req, body, form);
            } else {
                req = new ReplayedBody(req, body);
            }
        }
        chain.doFilter(req, resp);
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        LOG.warn("{} {} {}: {}", req.getMethod(), req.getRequestURI(), status, message);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Connection", "close");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
        if (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null) {
            // a client still sending the body reads this answer only if the connection is not reset under it, and
            // closing a socket with unread bytes resets it: answer first, then read the rest of the body away
            resp.flushBuffer();
            discard(req.getInputStream(), UNREAD_BODY_DISCARDED);
        }
    }

    /** Reads and drops what is left of a refused body, up to {@code most} bytes (past that the client may see a reset). */
    private static void discard(InputStream in, long most) {
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            int n;
            while (total < most && (n = in.read(buf)) != -1) {
                total += n;
            }
        } catch (IOException e) {
            // the client stopped sending: nothing left to protect
        }
    }

    static boolean percentEncodedUtf8(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int hi = Character.digit(query.charAt(i + 1), 16);
                int lo = Character.digit(query.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The whole stream if it holds at most {@code limit} bytes, else null (having read no more than limit + 1). */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A form read ahead: its parameters (the query string's first, as the servlet specification orders them). */
    private static final class BufferedForm extends ReplayedBody {
        private final Map<String, String[]> parameters;

        BufferedForm(HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
            super(request, body);
            this.parameters = parameters;
        }

        /** The parameters of a query string and a form body, or null if either is not valid percent-encoded UTF-8. */
        static Map<String, String[]> parameters(String queryString, byte[] body) {
            String bodyText;
            try {
                bodyText = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String part : new String[] {queryString, bodyText}) {
                if (part == null || part.isEmpty()) {
                    continue;
                }
                if (!percentEncodedUtf8(part)) {
                    return null;
                }
                for (String pair : part.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    try {
                        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
            Map<String, String[]> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            return Collections.unmodifiableMap(out);
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : v.clone();
        }
    }

    /** Error bodies without a character-counted length; a CSP on every HTML page. */
    private static final class Answers extends HttpServletResponseWrapper {
        Answers(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                setHeader("Content-Security-Policy", CSP);
            }
        }
    }
}
