package stikg.graph;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import stikg.vocab.Sti;

/**
 * Reads the lexical forms written in source files into typed literals, by the range the ontology gives.
 * Numbers stay exact; dates keep the precision they were written with.
 */
final class Literals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Literals() {
    }

    /** A literal of the given range, or a message saying why the text is not one. */
    static Result read(String text, Node range) {
        String t = text.trim();
        if (range == null || range.getURI().equals(XSDDatatype.XSDstring.getURI())
                || range.getURI().equals("http://www.w3.org/2000/01/rdf-schema#Literal")) {
            return Result.ok(NodeFactory.createLiteralString(t));
        }
        if (range.equals(Sti.DateOrYear)) {
            return dateOrYear(t);
        }
        String uri = range.getURI();
        if (uri.equals(XSDDatatype.XSDdecimal.getURI())) {
            return decimal(t);
        }
        if (uri.equals(XSDDatatype.XSDinteger.getURI())) {
            try {
                return Result.ok(NodeFactory.createLiteralDT(new BigInteger(t).toString(), XSDDatatype.XSDinteger));
            } catch (NumberFormatException e) {
                return Result.error("'" + t + "' is not a whole number");
            }
        }
        if (uri.equals(XSDDatatype.XSDboolean.getURI())) {
            if (t.equals("true") || t.equals("false")) {
                return Result.ok(NodeFactory.createLiteralDT(t, XSDDatatype.XSDboolean));
            }
            return Result.error("'" + t + "' is not true or false");
        }
        if (uri.equals(XSDDatatype.XSDanyURI.getURI())) {
            try {
                URI u = new URI(t);
                if (!u.isAbsolute()) {
                    return Result.error("'" + t + "' is not an absolute URI");
                }
                return Result.ok(NodeFactory.createLiteralDT(t, XSDDatatype.XSDanyURI));
            } catch (URISyntaxException e) {
                return Result.error("'" + t + "' is not a URI: " + e.getReason());
            }
        }
        if (uri.equals(XSDDatatype.XSDdate.getURI()) || uri.equals(XSDDatatype.XSDgYear.getURI())
                || uri.equals(XSDDatatype.XSDgYearMonth.getURI())) {
            Result r = dateOrYear(t);
            if (r.node().isPresent() && !r.node().get().getLiteralDatatypeURI().equals(uri)) {
                return Result.error("'" + t + "' is not a " + range.getLocalName());
            }
            return r;
        }
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(uri);
        if (dt.isValid(t)) {
            return Result.ok(NodeFactory.createLiteralDT(t, dt));
        }
        return Result.error("'" + t + "' is not a valid " + uri);
    }

    /**
     * Exact decimals in canonical form: {@code 43.6e12} becomes 43600000000000.0; nothing is rounded. TDB2 keeps
     * small decimals as values and gives them back in this form, larger ones as written: written canonically,
     * every amount reads back alike and matches a query's decimal literal ({@code 180000000000000.0}).
     */
    /** Digits an exact decimal may have on either side of the point: far beyond any amount in a plan. */
    static final int MAX_DECIMAL_DIGITS = 100;

    static Result decimal(String t) {
        try {
            BigDecimal d = new BigDecimal(t);
            // the canonical form spells every digit: 1e999999999 would take a billion of them (and minutes)
            long digitsBeforePoint = (long) d.precision() - d.scale();
            if (digitsBeforePoint > MAX_DECIMAL_DIGITS || d.scale() > MAX_DECIMAL_DIGITS) {
                return Result.error("'" + t + "' is out of range: an amount has at most " + MAX_DECIMAL_DIGITS
                        + " digits before and after the point");
            }
            String canonical = XSDFuncOp.canonicalDecimalStr(d);
            return Result.ok(NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal));
        } catch (NumberFormatException e) {
            return Result.error("'" + t + "' is not a decimal number (write 60e12 or 60000000000000)");
        }
    }

    static Result dateOrYear(String t) {
        try {
            if (DATE.matcher(t).matches()) {
                LocalDate.parse(t);
                return Result.ok(NodeFactory.createLiteralDT(t, XSDDatatype.XSDdate));
            }
            if (YEAR_MONTH.matcher(t).matches()) {
                YearMonth.parse(t);
                return Result.ok(NodeFactory.createLiteralDT(t, XSDDatatype.XSDgYearMonth));
            }
            if (YEAR.matcher(t).matches()) {
                return Result.ok(NodeFactory.createLiteralDT(t, XSDDatatype.XSDgYear));
            }
        } catch (DateTimeException e) {
            return Result.error("'" + t + "' is not a real date: " + e.getMessage());
        }
        return Result.error("'" + t + "' is not a date (YYYY-MM-DD), a year-month (YYYY-MM) or a year (YYYY)");
    }

    /** A literal or the reason there is none. */
    record Result(Optional<Node> node, String error) {
        static Result ok(Node n) {
            return new Result(Optional.of(n), null);
        }

        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
