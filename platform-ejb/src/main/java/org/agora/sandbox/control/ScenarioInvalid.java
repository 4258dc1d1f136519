package org.agora.sandbox.control;

/**
 * A scenario file that cannot be run: names the file, the field and the problem, e.g.
 * {@code scenarios/tame-the-trolls.json: events[3].persona: names no persona of the scenario (known: anna, rex)}.
 * The server refuses to start with it.
 */
public class ScenarioInvalid extends RuntimeException {

    private final String file;
    private final String field;
    private final String problem;

    public ScenarioInvalid(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem, null, false, false);
        this.file = file;
        this.field = field;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
