package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What `verify-audit` and the verification page say, counted in words an auditor reads without stumbling. */
class VerificationWordsTest {

    @Test
    void one_entry_and_one_checkpoint_are_singular_and_many_are_plural() {
        assertThat(new Verification.Verified(1, "root=", 1, true, 1).describe())
                .contains("1 entry in the tree").contains("1 signed checkpoint matches it").contains("1 newer entry is waiting");
        assertThat(new Verification.Verified(2, "root=", 3, true, 0).describe())
                .contains("2 entries in the tree").contains("3 signed checkpoints match it");
        assertThat(new Verification.Verified(5, "root=", 1, true, 0, 4).describe())
                .contains("the 1 entry added since and 1 newer signed checkpoint match it");
    }
}
