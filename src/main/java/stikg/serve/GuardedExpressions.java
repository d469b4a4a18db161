package stikg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL functions as ARQ defines them, with the two costs a request must not be able to run up: REGEX and
 * REPLACE read their input through {@link DeadlineChars}, so the request's deadline stops a backtracking pattern;
 * CONCAT, REPLACE and GROUP_CONCAT refuse to build a string longer than the limit ({@link StringTooLong}), so a
 * chain of doublings cannot fill the heap. Each copies itself as itself, so the guard survives ARQ's rewrites.
 */
final class GuardedExpressions {

    private GuardedExpressions() {
    }

    /** The execution's cancel signal, or null while optimising: then there is no execution yet. */
    static AtomicBoolean executionSignal(FunctionEnv env) {
        return env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    }

    static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException(label + ": pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException(label + ": flags are not a string: " + flags);
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException(label + ": only 'smixq' are legal as flags: got \"" + f + "\"");
        }
        return RegexEngine.makePattern(label, pattern.getString(), f);
    }

    /**
     * When a query must stop: its cancel signal, and a deadline for the work done before its timer starts. Both
     * are the planning request's, and hold only while planning (constant folding): an execution has a cancel
     * signal of its own, which its timeout sets. So a plan kept for later requests ({@link PreparedPlans}) stops
     * when the request running it is cancelled, never by the deadline of the request that planned it.
     */
    record Deadline(AtomicBoolean cancel, long nanos) {
        DeadlineChars over(String text, FunctionEnv env) {
            AtomicBoolean running = executionSignal(env);
            return running != null ? new DeadlineChars(text, running, Long.MAX_VALUE)
                    : new DeadlineChars(text, cancel, nanos);
        }
    }

    static final class Regex extends E_Regex {
        private final Deadline cancel;

        Regex(Expr expr, Expr pattern, Expr flags, Deadline cancel) {
            super(expr, pattern, flags);
            this.cancel = cancel;
        }

        /** ARQ's constant folding calls this, with no execution yet. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node arg = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = pattern("REGEX", args.get(1), args.size() == 2 ? null : args.get(2));
            Matcher m = p.matcher(cancel.over(arg.getLiteralLexicalForm(), env));
            return m.find() ? NodeValue.TRUE : NodeValue.FALSE;
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs.get(0), newArgs.get(1), newArgs.size() == 2 ? null : newArgs.get(2), cancel);
        }
    }

    static final class Replace extends E_StrReplace {
        private final int maxString;
        private final Deadline cancel;

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags, int maxString, Deadline cancel) {
            super(text, pattern, replacement, flags);
            this.maxString = maxString;
            this.cancel = cancel;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        /** As ARQ's REPLACE (one empty match at most, the argument's language or datatype kept), with both limits. */
        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue nvStr = args.get(0);
            Node str = NodeValueOps.checkAndGetStringLiteral("REPLACE", nvStr);
            String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = pattern("REPLACE", args.get(1), args.size() == 3 ? null : args.get(3));
            String n = str.getLiteralLexicalForm();
            Matcher m = p.matcher(cancel.over(n, env));
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    } else if (m.start() == m.end()) {
                        continue;
                    }
                    m.appendReplacement(sb, rep);
                    if (sb.length() > maxString) {
                        throw new StringTooLong("REPLACE", sb.length(), maxString);
                    }
                }
                if (sb == null) {
                    return nvStr;
                }
                m.appendTail(sb);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (sb.length() > maxString) {
                throw new StringTooLong("REPLACE", sb.length(), maxString);
            }
            String x = sb.toString();
            if (x.equals(n)) {
                return nvStr;
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(x, str.getLiteralLanguage(), str.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs.get(0), newArgs.get(1), newArgs.get(2),
                    newArgs.size() == 3 ? null : newArgs.get(3), maxString, cancel);
        }
    }

    static final class Concat extends E_StrConcat {
        private final int maxString;

        Concat(ExprList args, int maxString) {
            super(args);
            this.maxString = maxString;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            long length = 0;
            for (NodeValue nv : args) {
                length += NodeValueOps.checkAndGetStringLiteral("CONCAT", nv).getLiteralLexicalForm().length();
            }
            if (length > maxString) {
                throw new StringTooLong("CONCAT", length, maxString);
            }
            return XSDFuncOp.strConcat(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs, maxString);
        }
    }

    /** GROUP_CONCAT that stops at the string limit. */
    static final class GroupConcat extends AggGroupConcat {
        private final String separator;
        private final int maxString;

        GroupConcat(Expr expr, String separator, int maxString) {
            super(expr, separator);
            this.separator = separator;
            this.maxString = maxString;
        }

        @Override
        public Aggregator copy(ExprList expr) {
            return new GroupConcat(expr.get(0), separator, maxString);
        }

        @Override
        public Accumulator createAccumulator() {
            return new CappedConcatenation(getExpr(), separator, false, maxString);
        }
    }

    /** GROUP_CONCAT(DISTINCT …) that stops at the string limit. */
    static final class GroupConcatDistinct extends AggGroupConcatDistinct {
        private final String separator;
        private final int maxString;

        GroupConcatDistinct(Expr expr, String separator, int maxString) {
            super(expr, separator);
            this.separator = separator;
            this.maxString = maxString;
        }

        @Override
        public Aggregator copy(ExprList expr) {
            return new GroupConcatDistinct(expr.get(0), separator, maxString);
        }

        @Override
        public Accumulator createAccumulator() {
            return new CappedConcatenation(getExpr(), separator, true, maxString);
        }
    }

    private static final class CappedConcatenation extends AccumulatorExpr {
        private final StringBuilder soFar = new StringBuilder();
        private final String separator;
        private final int maxString;
        private boolean first = true;

        CappedConcatenation(Expr expr, String separator, boolean distinct, int maxString) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
            this.maxString = maxString;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv functionEnv) {
            String s = nv.asString();
            long length = (long) soFar.length() + (first ? 0 : separator.length()) + s.length();
            if (length > maxString) {
                throw new StringTooLong("GROUP_CONCAT", length, maxString);
            }
            if (!first) {
                soFar.append(separator);
            }
            soFar.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv functionEnv) {
            // as ARQ: an unbound or erroneous value is left out
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(soFar.toString());
        }
    }
}
