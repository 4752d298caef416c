package uk.safeshare.specialist;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone has started waiting in a team's specialist queue: newly queued, or back after their entry was closed.
 * Ids only, so that whoever tells the team's caseworkers carries nothing about the person.
 */
public record PersonWaiting(UUID personId, UUID teamId, Instant at) {
}
