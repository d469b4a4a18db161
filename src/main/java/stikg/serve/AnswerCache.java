package stikg.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import stikg.store.DataVersion;

/**
 * Answers to repeated queries, kept until the data changes. A query sent again while no write has committed gets
 * the bytes it got the first time, without being evaluated; any committed write (or a rebuild's switch) makes every
 * kept answer unreachable, so an answer is never older than the request that receives it.
 * <p>
 * Only what is a function of the data alone is kept: queries to the query endpoints (sent in any of the protocol's
 * three ways) whose answer was a 200, and not queries that read the clock or chance, or call other services. The
 * store's {@link DataVersion} is read before and after the evaluation; an answer is kept only under a version that
 * held throughout, so an answer computed while a write committed is not kept. A client that wants a fresh
 * evaluation sends {@code Cache-Control: no-cache}; {@code no-store} also keeps its answer out. Each answer says
 * {@value #HEADER}{@code : hit} or {@code miss}.
 */
final class AnswerCache implements Filter {

    /** The response header that says whether the answer was kept from an earlier request. */
    static final String HEADER = "Stikg-Answer-Cache";

    /** Functions whose value is not a function of the data, and SERVICE, whose data is elsewhere. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(?:NOW|RAND|UUID|STRUUID|BNODE|SERVICE)\\b", Pattern.CASE_INSENSITIVE);
    /** Headers of the connection or of this moment, not of the answer. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date", "connection",
            "transfer-encoding", HEADER.toLowerCase(Locale.ROOT));

    private final Supplier<DataVersion> version;
    private final Set<String> paths;
    private final Cache<Key, Answer> answers;
    private final long maxAnswerBytes;
    private final AtomicReference<DataVersion> lastSeen = new AtomicReference<>();

    /**
     * @param version the state of the data a query begun now would see
     * @param paths the query endpoints (request URIs) whose answers may be kept
     * @param maxBytes room for all kept answers; one answer may take an eighth of it
     */
    AnswerCache(Supplier<DataVersion> version, Set<String> paths, long maxBytes) {
        this.version = version;
        this.paths = Set.copyOf(paths);
        this.maxAnswerBytes = Math.max(1, maxBytes / 8);
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Answer a) -> (int) Math.min(Integer.MAX_VALUE, a.weight() + 2L * k.request().length()))
                .build();
    }

    /** One request, as far as its answer depends on it: what was asked, where, and in which format. */
    private record Key(DataVersion version, String request, String accept) {
    }

    /** A kept answer: what the evaluation set on the response, and its body. */
    private record Answer(String contentType, List<String[]> headers, byte[] body) {
        long weight() {
            return body.length + 64L * (headers.size() + 1);
        }
    }

    /**
     * A request for a query's answer, as far as the answer depends on it ({@code key}): the endpoint, the query, and
     * every other parameter (the dataset's graphs, an output format) in a canonical order. The three ways of the
     * SPARQL protocol ask the same question alike: GET with the query in the URL, POST of a form, and POST of the
     * query itself, which is how the web page, YASGUI and Jena's own client send long queries; however a query was
     * sent and encoded, the same question gets the same kept answer. {@code request} is what goes on down the chain:
     * for a query sent as the body, a request that replays the body read here.
     */
    private record Asked(String query, String key, HttpServletRequest request) {

        /** The request's query, or null when it asks for no query's answer (an update, a graph, no query). */
        static Asked of(HttpServletRequest req) throws IOException {
            String contentType = String.valueOf(req.getContentType()).toLowerCase(Locale.ROOT);
            boolean form = "GET".equals(req.getMethod())
                    || "POST".equals(req.getMethod()) && contentType.startsWith("application/x-www-form-urlencoded");
            if (form) {
                String query = req.getParameter("query");
                return query == null ? null : new Asked(query, key(req, query), req);
            }
            if ("POST".equals(req.getMethod()) && contentType.startsWith("application/sparql-query")) {
                // the request guard has measured the body against the limit already
                byte[] body = req.getInputStream().readAllBytes();
                String query = new String(body, charset(req.getCharacterEncoding()));
                HttpServletRequest replayed = new ReplayedBody(req, body);
                return new Asked(query, key(replayed, query), replayed);
            }
            return null;
        }

        /** The endpoint, the query, and the other parameters sorted by name (each name's values in their order). */
        private static String key(HttpServletRequest req, String query) {
            StringBuilder out = new StringBuilder(req.getRequestURI()).append('\n').append(query);
            new TreeMap<>(req.getParameterMap()).forEach((name, values) -> {
                if (!name.equals("query")) {
                    for (String v : values) {
                        out.append('\n').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                    }
                }
            });
            return out.toString();
        }

        /** The charset a request names; UTF-8, the protocol's, when it names none or one unknown here. */
        private static Charset charset(String name) {
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Asked asked = paths.contains(req.getRequestURI()) ? Asked.of(req) : null;
        if (asked == null || VOLATILE.matcher(asked.query()).find()) {
            chain.doFilter(asked == null ? req : asked.request(), response);
            return;
        }
        req = asked.request();
        String cacheControl = String.valueOf(req.getHeader("Cache-Control")).toLowerCase(Locale.ROOT);
        boolean store = !cacheControl.contains("no-store");
        boolean lookUp = store && !cacheControl.contains("no-cache");
        DataVersion before = version.get();
        forgetOlderThan(before);
        String accept = String.valueOf(req.getHeader("Accept"));
        Key key = new Key(before, asked.key(), accept);
        Answer kept = lookUp ? answers.getIfPresent(key) : null;
        if (kept != null) {
            replay(kept, resp);
            return;
        }
        resp.setHeader(HEADER, "miss");
        Recording recording = new Recording(resp, maxAnswerBytes);
        chain.doFilter(req, recording);
        Answer answer = recording.answer();
        // kept before it is sent: the client may send the same query again as soon as it has the answer
        if (store && answer != null && before.equals(version.get())) {
            answers.put(key, answer);
        }
        recording.send();
    }

    /** Answers kept for an older state can never be asked for again: free their room now. */
    private void forgetOlderThan(DataVersion now) {
        DataVersion seen = lastSeen.getAndSet(now);
        if (seen != null && !seen.equals(now)) {
            answers.invalidateAll();
        }
    }

    private static void replay(Answer kept, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        for (String[] h : kept.headers()) {
            resp.addHeader(h[0], h[1]);
        }
        if (kept.contentType() != null) {
            resp.setContentType(kept.contentType());
        }
        resp.setHeader(HEADER, "hit");
        resp.setContentLengthLong(kept.body().length);
        resp.getOutputStream().write(kept.body());
    }

    /**
     * The response as the evaluation writes it: headers it sets are passed on and noted; the body is held until
     * the end (the query processor computes the whole answer before writing it anyway), or passed on once it
     * outgrows what one kept answer may take.
     */
    private static final class Recording extends HttpServletResponseWrapper {
        private final HttpServletResponse target;
        private final long limit;
        private final List<String[]> headers = new ArrayList<>();
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream passedOn;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean failed;

        Recording(HttpServletResponse target, long limit) {
            super(target);
            this.target = target;
            this.limit = limit;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            note(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            note(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, Integer.toString(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, Integer.toString(value));
        }

        private void note(String name, String value) {
            if (value != null && !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the held body is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set when the held body is written
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            failed = true;
            spill();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            failed = true;
            spill();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            failed = true;
            spill();
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passedOn != null) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (passedOn == null && held.size() + (long) len > limit) {
                            spill();
                        }
                        if (passedOn != null) {
                            passedOn.write(b, off, len);
                        } else {
                            held.write(b, off, len);
                        }
                    }

                    /** In the response's character encoding, as the container's own stream prints (ISO-8859-1 only). */
                    @Override
                    public void print(String text) throws IOException {
                        byte[] bytes = String.valueOf(text).getBytes(charset());
                        write(bytes, 0, bytes.length);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (passedOn != null) {
                            passedOn.flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking writes only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
            }
            return writer;
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        }

        /** Passes on what is held, and everything after it: this answer will not be kept. */
        private void spill() throws IOException {
            if (passedOn == null) {
                passedOn = target.getOutputStream();
                held.writeTo(passedOn);
                held.reset();
            }
        }

        /** The answer to keep, or null if it must not be kept (not a 200, or passed on as it grew). */
        Answer answer() {
            if (writer != null) {
                writer.flush();
            }
            if (passedOn != null || getStatus() != 200 || failed) {
                return null;
            }
            return new Answer(getContentType(), List.copyOf(headers), held.toByteArray());
        }

        /** Sends what is held, if anything. */
        void send() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passedOn != null) {
                return;
            }
            if (getStatus() == 200 && !failed) {
                target.setContentLengthLong(held.size());
            }
            held.writeTo(target.getOutputStream());
        }
    }
}
