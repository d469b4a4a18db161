package stikg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.util.Context;

/**
 * The last step of ARQ's optimiser for every query this server evaluates, including the WHERE of an update: it
 * swaps REGEX, REPLACE, CONCAT and GROUP_CONCAT for their {@link GuardedExpressions guarded} forms and turns a
 * {@code LIMIT 0} into an empty table (ARQ 5.6's hash join fails on a slice that never pulls its input). Installed
 * in a dataset's context, so it applies to that server alone.
 */
final class GuardedEvaluation {

    private GuardedEvaluation() {
    }

    static void install(Context context, int maxString) {
        RewriteFactory std = Optimize.stdOptimizationFactory;
        // guarded before the standard steps too: constant folding evaluates a REGEX of constants while optimising,
        // with the execution's cancel signal (already in the context) as the only deadline there is
        RewriteFactory guarded = cxt -> op -> {
            Timeouts.Timeout t = Timeouts.extractQueryTimeout(cxt);
            long nanos = t.hasOverallTimeout() && t.overallTimeoutMillis() > 0
                    ? System.nanoTime() + t.overallTimeoutMillis() * 1_000_000 : Long.MAX_VALUE;
            GuardedExpressions.Deadline cancel = new GuardedExpressions.Deadline(Context.getCancelSignal(cxt), nanos);
            Op before = guard(op, maxString, cancel);
            return guard(std.create(cxt).rewrite(before), maxString, cancel);
        };
        context.set(ARQConstants.sysOptimizerFactory, guarded);
    }

    static Op guard(Op op, int maxString, GuardedExpressions.Deadline cancel) {
        return Transformer.transform(new Ops(maxString), new Exprs(maxString, cancel), op);
    }

    private static final class Exprs extends ExprTransformCopy {
        private final int maxString;
        private final GuardedExpressions.Deadline cancel;

        Exprs(int maxString, GuardedExpressions.Deadline cancel) {
            this.maxString = maxString;
            this.cancel = cancel;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            try {
                return guarded(func, args);
            } catch (ExprEvalException e) {
                // a pattern that does not compile: left as written, to fail as ARQ makes it fail
                return super.transform(func, args);
            }
        }

        private Expr guarded(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof GuardedExpressions.Regex)) {
                return new GuardedExpressions.Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null,
                        cancel);
            }
            if (func instanceof E_StrReplace && !(func instanceof GuardedExpressions.Replace)) {
                return new GuardedExpressions.Replace(args.get(0), args.get(1), args.get(2),
                        args.size() > 3 ? args.get(3) : null, maxString, cancel);
            }
            if (func instanceof E_StrConcat && !(func instanceof GuardedExpressions.Concat)) {
                return new GuardedExpressions.Concat(args, maxString);
            }
            return super.transform(func, args);
        }
    }

    private static final class Ops extends TransformCopy {
        private final int maxString;

        Ops(int maxString) {
            this.maxString = maxString;
        }

        @Override
        public Op transform(OpSlice opSlice, Op subOp) {
            if (opSlice.getLength() == 0) {
                return OpTable.empty();
            }
            return super.transform(opSlice, subOp);
        }

        @Override
        public Op transform(OpGroup opGroup, Op subOp) {
            List<ExprAggregator> aggs = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator ea : opGroup.getAggregators()) {
                Aggregator agg = ea.getAggregator();
                Aggregator capped = agg;
                if (agg instanceof AggGroupConcatDistinct d && !(agg instanceof GuardedExpressions.GroupConcatDistinct)) {
                    capped = new GuardedExpressions.GroupConcatDistinct(d.getExprList().get(0), d.getSeparator(),
                            maxString);
                } else if (agg instanceof AggGroupConcat c && !(agg instanceof GuardedExpressions.GroupConcat)) {
                    capped = new GuardedExpressions.GroupConcat(c.getExprList().get(0), c.getSeparator(), maxString);
                }
                changed |= capped != agg;
                aggs.add(capped == agg ? ea : new ExprAggregator(ea.getVar(), capped));
            }
            if (!changed) {
                return super.transform(opGroup, subOp);
            }
            return OpGroup.create(subOp, opGroup.getGroupVars(), aggs);
        }
    }
}
