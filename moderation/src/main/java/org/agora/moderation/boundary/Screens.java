package org.agora.moderation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import org.agora.moderation.control.Screening;
import org.agora.moderation.control.ScreeningConfig;
import org.agora.moderation.control.ScreeningResult;
import org.agora.moderation.control.Submission;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Screening on every post, configured from {@code screening.*} settings (MicroProfile Config: system properties or
 * environment, e.g. {@code SCREENING_LINKS_MAX}); see {@link ScreeningConfig} for the keys and defaults.
 */
@ApplicationScoped
public class Screens {

    private Screening screening;

    @PostConstruct
    void configure() {
        var config = ConfigProvider.getConfig(Screens.class.getClassLoader());
        var settings = new HashMap<String, String>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ScreeningConfig.PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> settings.put(name, v));
            }
        }
        screening = new Screening(ScreeningConfig.from(settings));
    }

    public ScreeningResult screen(Submission submission) {
        return screening.screen(submission);
    }
}
