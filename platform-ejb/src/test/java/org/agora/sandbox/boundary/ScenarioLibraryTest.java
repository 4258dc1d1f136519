package org.agora.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.engagements.entity.Mode;
import org.agora.sandbox.control.Scenario;
import org.agora.sandbox.control.Scenario.Topic;
import org.junit.jupiter.api.Test;

/** The library the repository ships: every file valid, all listed, every topic covered and every mode played. */
class ScenarioLibraryTest {

    static final Path FOLDER = Path.of("src/main/resources/scenarios");

    final Map<String, Scenario> library = ScenarioLibrary.load(ScenarioLibraryTest.class.getClassLoader());

    @Test
    void every_scenario_file_of_the_repository_is_in_the_index_and_valid() throws IOException {
        try (var files = Files.list(FOLDER)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).collect(Collectors.toSet());
            assertThat(library.keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void at_least_twelve_scenarios_cover_every_topic_and_every_mode_is_played_by_at_least_two() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
        var topics = EnumSet.noneOf(Topic.class);
        var modes = new HashMap<Mode, Integer>();
        for (var s : library.values()) {
            topics.add(s.topic());
            s.modes().forEach(m -> modes.merge(m, 1, Integer::sum));
        }
        assertThat(topics).containsExactlyInAnyOrder(Topic.values());
        for (var mode : Mode.values()) {
            assertThat(modes.getOrDefault(mode, 0)).as(mode.name()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void every_scenario_has_the_cast_the_course_material_names() {
        var kinds = library.values().stream().flatMap(s -> s.personas().stream()).map(Scenario.Persona::kind)
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(Scenario.PersonaKind.values());
        assertThat(library.values()).allSatisfy(s -> assertThat(s.events().stream()
                .anyMatch(e -> !e.key().isEmpty())).as(s.key() + " has an answer key").isTrue());
    }
}
