package uk.safeshare.adoption;

import java.util.List;
import java.util.Optional;

/** How far the protocol in force has been read, for the recommendations tracker. Counts only, no names. */
public interface AdoptionFigures {

    /** Coverage of the version in force across everyone asked to read it; empty before any version is published. */
    Optional<Coverage> inForce();

    /**
     * @param required people whose role asks them to read it
     * @param read     those of them who have recorded reading it
     */
    record Coverage(String protocolId, String title, long required, long read, List<CoverageLine> byRole, List<CoverageLine> byTeam) {

        public int percent() {
            return required == 0 ? 100 : (int) (read * 100 / required);
        }
    }

    record CoverageLine(String label, long required, long read) {

        public int percent() {
            return required == 0 ? 100 : (int) (read * 100 / required);
        }
    }
}
