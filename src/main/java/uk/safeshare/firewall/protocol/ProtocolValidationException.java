package uk.safeshare.firewall.protocol;

import java.util.List;

/** A protocol file that cannot be used, with every problem found in it, each in words a DPO can act on. */
public final class ProtocolValidationException extends RuntimeException {

    private final List<String> problems;

    public ProtocolValidationException(List<String> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order they appear in the file. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder message = new StringBuilder("The protocol file cannot be used (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        for (String problem : problems) {
            message.append("\n - ").append(problem);
        }
        return message.toString();
    }
}
