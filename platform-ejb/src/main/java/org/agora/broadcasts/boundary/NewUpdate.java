package org.agora.broadcasts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An update as an officer writes it (to post, or to replace an update's content when editing): title, Markdown body,
 * the web sources it cites, and whether it is pinned to the top of the round.
 */
public record NewUpdate(
        @NotBlank(message = "{agora.required}") @Size(max = 200, message = "{agora.size.max}") String title,
        @NotBlank(message = "{agora.required}") @Size(max = 20000, message = "{agora.size.max}") String body,
        @Size(max = 20, message = "{agora.size.max.items}") List<@Valid @NotNull(message = "{agora.required}")
                SourceRequest> sources,
        Boolean pinned) {

    /** A web source: address (http or https), title, optional quoted passage. */
    public record SourceRequest(
            @NotBlank(message = "{agora.required}") @Size(max = 2000, message = "{agora.size.max}") String url,
            @NotBlank(message = "{agora.required}") @Size(max = 300, message = "{agora.size.max}") String title,
            @Size(max = 2000, message = "{agora.size.max}") String quote) {
    }

    public List<SourceRequest> sourcesOrNone() {
        return sources == null ? List.of() : sources;
    }

    public boolean isPinned() {
        return Boolean.TRUE.equals(pinned);
    }
}
