package uk.safeshare.youngpeople;

import java.util.UUID;

/** A young person on the vulnerability tracker. */
public record YoungPersonId(UUID value) {
}
