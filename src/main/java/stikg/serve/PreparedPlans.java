package stikg.serve;

import java.util.Optional;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Prepared statements for SPARQL, kept by the text of the query: the parsed query and ARQ's optimised plan of each
 * text this server was asked, so that the same text asked again is evaluated at once. Parsing a library query,
 * printing it for the log and optimising it cost a small query more than evaluating it does; its answer is still
 * computed anew for every request.
 * <p>
 * A plan stays right when the data changes: ARQ's optimiser reads the query alone, and TDB2 orders the triples of a
 * pattern each time the pattern runs. It is shared between requests read-only: extension functions are bound before
 * it is kept (ARQ binds them lazily, on first use), and a guarded expression stops when the request running it is
 * cancelled, not at the deadline of the request that planned it ({@link GuardedExpressions.Deadline}).
 */
final class PreparedPlans {

    /** A query text whose plan is kept: the query as parsed (a copy is handed out) and its optimised plan. */
    record Prepared(Query query, Op plan) {
    }

    /** What the engine should do for one execution: plan it and keep the plan, or run a kept one. */
    private sealed interface Slot permits Keep, Run {
    }

    private record Keep(String text, Query query) implements Slot {
    }

    private record Run(Op plan) implements Slot {
    }

    private static final Symbol SLOT = Symbol.create("https://w3id.org/stikg/ontology#preparedPlan");
    /** A longer text is planned anew each time: a cache of a few such queries would hold megabytes. */
    static final int MAX_TEXT = 64 * 1024;

    private final Cache<String, Prepared> kept;

    private PreparedPlans(int entries) {
        this.kept = CacheFactory.createCache(entries);
    }

    /**
     * Puts the engine that keeps and runs prepared plans in front of the engines of this dataset context.
     *
     * @return the plans, or empty when {@code entries} is 0
     */
    static Optional<PreparedPlans> install(Context context, int entries) {
        if (entries == 0) {
            return Optional.empty();
        }
        PreparedPlans plans = new PreparedPlans(entries);
        QueryEngineRegistry others = QueryEngineRegistry.chooseRegistry(context).copy();
        QueryEngineRegistry registry = others.copy();
        registry.add(plans.new Engine(others));
        QueryEngineRegistry.set(context, registry);
        return Optional.of(plans);
    }

    /** The kept plan of this text, if it was asked before. */
    Optional<Prepared> find(String text) {
        return text.length() > MAX_TEXT ? Optional.empty() : Optional.ofNullable(kept.getIfPresent(text));
    }

    /** Marks an execution as the first of its text: its plan is kept once made. */
    void keepPlanOf(Context execution, String text, Query query) {
        if (text.length() <= MAX_TEXT) {
            execution.set(SLOT, new Keep(text, query.cloneQuery()));
        }
    }

    /** Marks an execution to run a kept plan instead of planning its query. */
    static void runKept(Context execution, Prepared prepared) {
        execution.set(SLOT, new Run(prepared.plan()));
    }

    /**
     * The engine of every query on this dataset: ARQ chooses it when an execution is built, before the execution is
     * marked, so it decides when the plan is asked for; an unmarked execution goes to the engines behind it.
     */
    private final class Engine implements QueryEngineFactory {
        private final QueryEngineRegistry others;

        Engine(QueryEngineRegistry others) {
            this.others = others;
        }

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return others.find(query, dataset, context) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            Slot slot = context.get(SLOT);
            if (slot == null) {
                return others.find(query, dataset, context).create(query, dataset, input, context);
            }
            if (slot instanceof Run run) {
                // the kept plan is ARQ's optimiser's output already; optimising it again would redo the work
                context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> op -> op);
                return others.find(run.plan(), dataset, context).create(run.plan(), dataset, input, context);
            }
            Plan plan = others.find(query, dataset, context).create(query, dataset, input, context);
            Keep keep = (Keep) slot;
            if (input.isEmpty() && bindFunctions(plan.getOp(), context)) {
                kept.put(keep.text(), new Prepared(keep.query(), plan.getOp()));
            }
            return plan;
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return false;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return others.find(op, dataset, context).create(op, dataset, input, context);
        }
    }

    /** Binds every extension function call of a plan now, so that no request binds one while another reads it. */
    private static boolean bindFunctions(Op plan, Context context) {
        try {
            Walker.walk(plan, new OpVisitorBase(), new ExprVisitorBase() {
                @Override
                public void visit(ExprFunctionN func) {
                    if (func instanceof E_Function call) {
                        call.buildFunction(context);
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            // an unknown function fails when each row reaches it, as ARQ has it; such a plan is simply not kept
            return false;
        }
    }
}
