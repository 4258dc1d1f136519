package org.agora.engagements.boundary;

import java.util.List;

/** One page of a listing. {@code total} counts every match, so clients can show "page 2 of 5". */
public record EngagementPage(List<EngagementView> items, int page, int size, long total) {
}
