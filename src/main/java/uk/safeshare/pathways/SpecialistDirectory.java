package uk.safeshare.pathways;

import java.util.List;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.DirectoryCommands.SupportService;

/** The directory of specialist organisations, as other modules may use it. */
public interface SpecialistDirectory {

    List<SupportService> search(DirectoryQuery query);

    SupportService create(ServiceDetails details);
}
