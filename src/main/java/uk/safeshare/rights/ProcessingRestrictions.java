package uk.safeshare.rights;

import java.util.UUID;

/**
 * Whether a person's record is restricted (DPA 2018 s.47(2)): while it is, the record can be neither
 * shared (the firewall refuses) nor changed (the cases module refuses). Read from SafeShare's own records.
 */
public interface ProcessingRestrictions {

    boolean isRestricted(UUID personId);
}
