package stikg.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found (not just the first), each with its location. */
public class InvalidInputException extends StikgException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the input:" : problems.size() + " problems in the input:";
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
