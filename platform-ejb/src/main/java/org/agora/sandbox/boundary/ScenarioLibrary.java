package org.agora.sandbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.agora.problems.NotFound;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.control.ScenarioInvalid;
import org.agora.sandbox.control.ScenarioParser;

/**
 * The scenario library: every file named in {@code scenarios/index.txt}, parsed and checked when the server starts
 * (ADR 0009). A bad file fails the deployment with the file, the field and the problem, so no trainee ever meets a
 * broken scenario.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScenarioLibrary {

    private static final Logger LOG = Logger.getLogger(ScenarioLibrary.class.getName());

    static final String FOLDER = "scenarios/";

    private volatile Map<String, Scenario> scenarios = Map.of();

    @PostConstruct
    void load() {
        scenarios = load(ScenarioLibrary.class.getClassLoader());
        LOG.info(() -> "Training scenarios: " + scenarios.size() + " loaded and checked");
    }

    /**
     * Every scenario of the index, in its order.
     *
     * @throws ScenarioInvalid the first file that cannot be run, naming it, the field and the problem
     */
    public static Map<String, Scenario> load(ClassLoader loader) {
        var byKey = new LinkedHashMap<String, Scenario>();
        for (String name : read(loader, FOLDER + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            var scenario = ScenarioParser.parse(FOLDER + name, read(loader, FOLDER + name));
            if (byKey.put(scenario.key(), scenario) != null) {
                throw new ScenarioInvalid(FOLDER + name, "key", "\"" + scenario.key() + "\" names two scenarios");
            }
        }
        return byKey;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioInvalid(resource, "(file)", "is named in the index but missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public List<Scenario> all() {
        return List.copyOf(scenarios.values());
    }

    public Optional<Scenario> find(String key) {
        return Optional.ofNullable(scenarios.get(key));
    }

    public Scenario get(String key) {
        return find(key).orElseThrow(() -> new NotFound("There is no training scenario \"" + key + "\"."));
    }
}
